package org.hearth.children.web;

import java.util.List;

import org.hearth.access.Authorisation;
import org.hearth.children.ApprovalType;
import org.hearth.children.Carer;
import org.hearth.children.CarerKind;
import org.hearth.children.Carers;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of foster carer households and settings, and adding to it, so placements can name them. */
@Controller
class CarerPagesController {

    private final Carers carers;

    CarerPagesController(Carers carers) {
        this.carers = carers;
    }

    @GetMapping("/carers")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String list(Model model) {
        model.addAttribute("carers", carers.all());
        return "children/carers";
    }

    @GetMapping("/carers/new")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    String form(Model model) {
        return page(model, new CarerForm());
    }

    @PostMapping("/carers/new")
    @PreAuthorize(Authorisation.EPISODE_RECORDERS)
    String add(@ModelAttribute("form") CarerForm form, Model model, RedirectAttributes redirect) {
        try {
            carers.register(form.toCarer());
            redirect.addFlashAttribute("success", form.getName() + " added");
            return "redirect:/carers";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return page(model, form);
        }
    }

    private String page(Model model, CarerForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", List.of(new Option(CarerKind.FOSTER_HOUSEHOLD.name(),
                CarerKind.FOSTER_HOUSEHOLD.label()), new Option(CarerKind.SETTING.name(), CarerKind.SETTING.label())));
        model.addAttribute("approvalTypes", java.util.Arrays.stream(ApprovalType.values())
                .map(a -> new Option(a.name(), a.label())).toList());
        return "children/carer-form";
    }

    /** The add carer page's fields, as typed. */
    public static class CarerForm {
        private String kind;
        private String name;
        private String approvalType;
        private String ofstedUrn;
        private String providerName;
        private String postcode;

        Carer toCarer() {
            return new Carer(null, parse(CarerKind.class, kind, "kind"), name,
                    parse(ApprovalType.class, approvalType, "approvalType"), ofstedUrn, providerName, postcode);
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(field, "Select one of the options");
            }
        }

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getApprovalType() { return approvalType; }
        public void setApprovalType(String v) { approvalType = v; }
        public String getOfstedUrn() { return ofstedUrn; }
        public void setOfstedUrn(String v) { ofstedUrn = v; }
        public String getProviderName() { return providerName; }
        public void setProviderName(String v) { providerName = v; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String v) { postcode = v; }
    }
}
