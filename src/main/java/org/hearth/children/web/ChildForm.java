package org.hearth.children.web;

import java.util.List;
import java.util.UUID;

import org.hearth.children.ChildView;
import org.hearth.children.NewChild;
import org.hearth.shared.DateParts;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;

/** The add and change child page's fields, as typed. Never bound to a stored record. */
public class ChildForm {

    private String localChildId;
    private String firstName;
    private String middleNames;
    private String lastName;
    private String preferredName;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String sex;
    private String ethnicity;
    private String upn;
    private String nhsNumber;
    private boolean uasc;
    private String uascCeasedOnDay;
    private String uascCeasedOnMonth;
    private String uascCeasedOnYear;
    private String homePostcode;
    private String currentPostcode;
    private String responsibleTeamId;
    private String allocatedWorkerId;
    private Integer version;
    /** "true", "false", or blank when not recorded (903 Header MOTHER). */
    private String mother;
    private String firstChildBornOnDay;
    private String firstChildBornOnMonth;
    private String firstChildBornOnYear;

    static ChildForm from(ChildView child) {
        ChildForm form = new ChildForm();
        form.localChildId = child.localChildId();
        form.firstName = child.firstName();
        form.middleNames = child.middleNames();
        form.lastName = child.lastName();
        form.preferredName = child.preferredName();
        DateParts dob = DateParts.of(child.dateOfBirth());
        form.dateOfBirthDay = dob.day();
        form.dateOfBirthMonth = dob.month();
        form.dateOfBirthYear = dob.year();
        form.sex = child.sex();
        form.ethnicity = child.ethnicity();
        form.upn = child.upn();
        form.nhsNumber = child.nhsNumber();
        form.uasc = child.uasc();
        DateParts ceased = DateParts.of(child.uascCeasedOn());
        form.uascCeasedOnDay = ceased.day();
        form.uascCeasedOnMonth = ceased.month();
        form.uascCeasedOnYear = ceased.year();
        form.homePostcode = child.homePostcode();
        form.currentPostcode = child.currentPostcode();
        form.responsibleTeamId = child.responsibleTeamId() == null ? null : child.responsibleTeamId().toString();
        form.allocatedWorkerId = child.allocatedWorkerId() == null ? null : child.allocatedWorkerId().toString();
        form.version = child.version();
        form.mother = child.mother() == null ? "" : child.mother().toString();
        DateParts firstChild = DateParts.of(child.firstChildBornOn());
        form.firstChildBornOnDay = firstChild.day();
        form.firstChildBornOnMonth = firstChild.month();
        form.firstChildBornOnYear = firstChild.year();
        return form;
    }

    /**
     * The typed details; dates and choices that cannot be read are left out and added to {@code problems}, so the
     * service still checks everything else.
     */
    NewChild toNewChild(List<FieldProblem> problems) {
        var dob = date(new DateParts(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear), "dateOfBirth",
                "Date of birth", problems);
        var ceased = date(new DateParts(uascCeasedOnDay, uascCeasedOnMonth, uascCeasedOnYear), "uascCeasedOn",
                "Date UASC status ceased", problems);
        var firstChild = date(new DateParts(firstChildBornOnDay, firstChildBornOnMonth, firstChildBornOnYear),
                "firstChildBornOn", "Date of birth of her first child", problems);
        UUID team = id(responsibleTeamId, "responsibleTeamId", problems);
        UUID worker = id(allocatedWorkerId, "allocatedWorkerId", problems);
        return new NewChild(localChildId, firstName, middleNames, lastName, preferredName, dob, sex, ethnicity, upn,
                nhsNumber, uasc, ceased, homePostcode, currentPostcode, team, worker, motherStatus(), firstChild);
    }

    private Boolean motherStatus() {
        return "true".equals(mother) ? Boolean.TRUE : "false".equals(mother) ? Boolean.FALSE : null;
    }

    private static java.time.LocalDate date(DateParts parts, String field, String label, List<FieldProblem> problems) {
        try {
            return parts.toDate(field, label);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static UUID id(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Select one of the options"));
            return null;
        }
    }

    public String getLocalChildId() { return localChildId; }
    public void setLocalChildId(String v) { localChildId = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String v) { middleNames = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String v) { preferredName = v; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String v) { dateOfBirthDay = v; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String v) { dateOfBirthMonth = v; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String v) { dateOfBirthYear = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getUpn() { return upn; }
    public void setUpn(String v) { upn = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public boolean isUasc() { return uasc; }
    public void setUasc(boolean v) { uasc = v; }
    public String getUascCeasedOnDay() { return uascCeasedOnDay; }
    public void setUascCeasedOnDay(String v) { uascCeasedOnDay = v; }
    public String getUascCeasedOnMonth() { return uascCeasedOnMonth; }
    public void setUascCeasedOnMonth(String v) { uascCeasedOnMonth = v; }
    public String getUascCeasedOnYear() { return uascCeasedOnYear; }
    public void setUascCeasedOnYear(String v) { uascCeasedOnYear = v; }
    public String getHomePostcode() { return homePostcode; }
    public void setHomePostcode(String v) { homePostcode = v; }
    public String getCurrentPostcode() { return currentPostcode; }
    public void setCurrentPostcode(String v) { currentPostcode = v; }
    public String getResponsibleTeamId() { return responsibleTeamId; }
    public void setResponsibleTeamId(String v) { responsibleTeamId = v; }
    public String getAllocatedWorkerId() { return allocatedWorkerId; }
    public void setAllocatedWorkerId(String v) { allocatedWorkerId = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
    public String getMother() { return mother; }
    public void setMother(String v) { mother = v; }
    public String getFirstChildBornOnDay() { return firstChildBornOnDay; }
    public void setFirstChildBornOnDay(String v) { firstChildBornOnDay = v; }
    public String getFirstChildBornOnMonth() { return firstChildBornOnMonth; }
    public void setFirstChildBornOnMonth(String v) { firstChildBornOnMonth = v; }
    public String getFirstChildBornOnYear() { return firstChildBornOnYear; }
    public void setFirstChildBornOnYear(String v) { firstChildBornOnYear = v; }
}
