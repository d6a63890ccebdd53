package org.hearth.children.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.Authorisation;
import org.hearth.access.ChildAccess;
import org.hearth.access.ChildAccessSubject;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.hearth.children.PeopleAroundTheChild;
import org.hearth.children.PersonAroundTheChild;
import org.hearth.children.internal.ChildService;
import org.hearth.shared.FormErrors;
import org.hearth.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people around a child (family and professional network) and the child's linked siblings. */
@Controller
class PeoplePagesController {

    private final ChildService children;
    private final ChildRecords records;
    private final PeopleAroundTheChild people;
    private final ChildAccess access;
    private final CurrentUsers currentUsers;

    PeoplePagesController(ChildService children, ChildRecords records, PeopleAroundTheChild people,
            ChildAccess access, CurrentUsers currentUsers) {
        this.children = children;
        this.records = records;
        this.people = people;
        this.access = access;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/children/{id}/people")
    @PreAuthorize(Authorisation.CHILD_RECORD_READERS)
    String list(@PathVariable UUID id, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("child", children.view(user, id, "people around the child"));
        model.addAttribute("people", people.of(id));
        // a sibling is named only to those who may see the sibling's record
        List<ChildView> siblings = new ArrayList<>();
        for (UUID siblingId : people.siblingsOf(id)) {
            records.find(siblingId).filter(s -> access.canSee(user, new ChildAccessSubject(s.id(),
                    s.responsibleTeamId(), s.allocatedWorkerId(), s.restricted()))).ifPresent(siblings::add);
        }
        model.addAttribute("siblings", siblings);
        model.addAttribute("canWrite", Authorisation.allows(Authorisation.CHILD_RECORD_EDITORS, user));
        return "children/people";
    }

    @GetMapping("/children/{id}/people/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String form(@PathVariable UUID id, Model model) {
        return page(model, children.view(currentUsers.require(), id, "people around the child (to add one)"),
                Map.of("kind", "FAMILY"));
    }

    @PostMapping("/children/{id}/people/new")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String add(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            people.add(user, id, new PersonAroundTheChild(null, id, params.get("kind"), params.get("name"),
                    params.get("relationship"), "true".equals(params.get("parentalResponsibility")),
                    params.get("agency"), params.get("contactDetails"), params.get("note")));
            redirect.addFlashAttribute("success", params.get("name") + " added");
            return "redirect:/children/" + id + "/people";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            return page(model, children.view(user, id, "people around the child (to add one)"), params);
        }
    }

    @PostMapping("/children/{id}/siblings")
    @PreAuthorize(Authorisation.CHILD_RECORD_EDITORS)
    String linkSibling(@PathVariable UUID id, @RequestParam(required = false) String siblingLocalChildId,
            Model model, RedirectAttributes redirect) {
        try {
            people.linkSibling(currentUsers.require(), id, siblingLocalChildId);
            redirect.addFlashAttribute("success", "Sibling linked");
            return "redirect:/children/" + id + "/people";
        } catch (InvalidInputException e) {
            FormErrors.addTo(model, e.problems());
            model.addAttribute("siblingLocalChildId", siblingLocalChildId);
            return list(id, model);
        }
    }

    private String page(Model model, ChildView child, Map<String, String> params) {
        model.addAttribute("child", child);
        model.addAttribute("params", params);
        return "children/person-form";
    }
}
