package org.hearth.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.calendar.BankHolidayImport;
import org.hearth.calendar.BankHolidays;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for bank holidays: the years known, and an upload of the GOV.UK file. */
@Controller
class BankHolidayPagesController {

    private final BankHolidays holidays;
    private final BankHolidayImport importer;
    private final CurrentUsers currentUsers;

    BankHolidayPagesController(BankHolidays holidays, BankHolidayImport importer, CurrentUsers currentUsers) {
        this.holidays = holidays;
        this.importer = importer;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/admin/bank-holidays")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String list(Model model) {
        model.addAttribute("years", holidays.known());
        return "calendar/bank-holidays";
    }

    @PostMapping("/admin/bank-holidays")
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Choose the bank holidays file to upload");
            }
            var result = importer.importGovUkJson(currentUsers.require(),
                    new String(file.getBytes(), StandardCharsets.UTF_8), file.getOriginalFilename());
            redirect.addFlashAttribute("success", result.holidays() + " bank holidays loaded for "
                    + (result.years().size() == 1 ? result.years().first()
                            : result.years().first() + " to " + result.years().last()));
            return "redirect:/admin/bank-holidays";
        } catch (InvalidInputException e) {
            // problems inside the file are about the file: the error summary links them to its upload field
            FormErrors.addTo(model, e.problems().stream()
                    .map(p -> new org.hearth.shared.FieldProblem("file", p.message())).toList());
            return list(model);
        }
    }
}
