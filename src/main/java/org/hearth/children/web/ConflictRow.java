package org.hearth.children.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.hearth.access.Directory;

/** A field someone else changed while this user was editing: their value and what this user typed. */
record ConflictRow(String field, String label, String theirs, String yours) {

    static List<ConflictRow> between(ChildForm theirs, ChildForm yours, ChildPageOptions options, Directory directory) {
        List<ConflictRow> rows = new ArrayList<>();
        add(rows, "localChildId", "Local child ID", theirs, yours, ChildForm::getLocalChildId);
        add(rows, "firstName", "First name", theirs, yours, ChildForm::getFirstName);
        add(rows, "middleNames", "Middle names", theirs, yours, ChildForm::getMiddleNames);
        add(rows, "lastName", "Last name", theirs, yours, ChildForm::getLastName);
        add(rows, "preferredName", "Preferred name", theirs, yours, ChildForm::getPreferredName);
        add(rows, "dateOfBirth", "Date of birth", theirs, yours,
                f -> f.getDateOfBirthDay() + "/" + f.getDateOfBirthMonth() + "/" + f.getDateOfBirthYear());
        add(rows, "sex", "Sex", theirs, yours, ChildForm::getSex);
        add(rows, "ethnicity", "Ethnicity", theirs, yours, ChildForm::getEthnicity);
        add(rows, "upn", "UPN", theirs, yours, ChildForm::getUpn);
        add(rows, "nhsNumber", "NHS number", theirs, yours, ChildForm::getNhsNumber);
        add(rows, "uasc", "UASC", theirs, yours, f -> f.isUasc() ? "Yes" : "No");
        add(rows, "mother", "Mother", theirs, yours, f -> "true".equals(f.getMother()) ? "Yes"
                : "false".equals(f.getMother()) ? "No" : "Not recorded");
        add(rows, "firstChildBornOn", "Date of birth of her first child", theirs, yours,
                f -> f.getFirstChildBornOnDay() == null || f.getFirstChildBornOnDay().isBlank() ? ""
                        : f.getFirstChildBornOnDay() + "/" + f.getFirstChildBornOnMonth() + "/"
                                + f.getFirstChildBornOnYear());
        add(rows, "homePostcode", "Home postcode", theirs, yours, ChildForm::getHomePostcode);
        add(rows, "currentPostcode", "Current address postcode", theirs, yours, ChildForm::getCurrentPostcode);
        add(rows, "responsibleTeamId", "Responsible team", theirs, yours,
                f -> directory.team(ChildPagesController.uuid(f.getResponsibleTeamId())).map(t -> t.name())
                        .orElse(""));
        add(rows, "allocatedWorkerId", "Allocated worker", theirs, yours,
                f -> directory.user(ChildPagesController.uuid(f.getAllocatedWorkerId())).map(u -> u.displayName())
                        .orElse("Not allocated"));
        return rows;
    }

    private static void add(List<ConflictRow> rows, String field, String label, ChildForm theirs, ChildForm yours,
            Function<ChildForm, String> value) {
        String a = blankToEmpty(value.apply(theirs));
        String b = blankToEmpty(value.apply(yours));
        if (!Objects.equals(a.trim(), b.trim())) {
            rows.add(new ConflictRow(field, label, a, b));
        }
    }

    private static String blankToEmpty(String value) {
        return value == null || "null".equals(value) ? "" : value;
    }
}
