package org.hearth.calendar.web;

import java.util.List;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.calendar.BankHolidayImport;
import org.hearth.calendar.BankHolidays;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bank holidays for working-day timescales: what Hearth knows, and an update in the GOV.UK JSON format. */
@RestController
@RequestMapping("/api/v1/admin/bank-holidays")
class BankHolidayApiController {

    private final BankHolidays holidays;
    private final BankHolidayImport importer;
    private final CurrentUsers currentUsers;

    BankHolidayApiController(BankHolidays holidays, BankHolidayImport importer, CurrentUsers currentUsers) {
        this.holidays = holidays;
        this.importer = importer;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    List<BankHolidays.Year> known() {
        return holidays.known();
    }

    /** The body is the file GOV.UK publishes at https://www.gov.uk/bank-holidays.json, as it is. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Authorisation.ADMINISTRATORS)
    BankHolidayImport.Result importFile(@RequestBody String body) {
        return importer.importGovUkJson(currentUsers.require(), body, "GOV.UK bank-holidays.json (API)");
    }
}
