package org.hearth.children.web;

import java.util.UUID;

import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.shared.DateParts;
import org.hearth.shared.InvalidInputException;

/** The fields of an episode command page, as typed. */
public class EpisodeForm {

    private String dateDay;
    private String dateMonth;
    private String dateYear;
    private String legalStatus;
    private String categoryOfNeed;
    private String placementType;
    private String placementProvider;
    private String carerId;
    private String placementPostcode;
    private String urn;
    private String reasonForPlacementChange;
    private String reasonEpisodeCeased;
    private Integer version;

    /** The command as typed; what cannot be read (a date that is not a date) is left out and added to problems. */
    EpisodeCommand toCommand(EpisodeCommandType type, java.util.List<org.hearth.shared.FieldProblem> problems) {
        java.time.LocalDate date = null;
        try {
            date = new DateParts(dateDay, dateMonth, dateYear).toDate("date", "The date");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        UUID carer = null;
        try {
            carer = carerId == null || carerId.isBlank() ? null : UUID.fromString(carerId);
        } catch (IllegalArgumentException e) {
            problems.add(new org.hearth.shared.FieldProblem("carerId", "Select a carer or setting from the list"));
        }
        return new EpisodeCommand(type, date, legalStatus, categoryOfNeed, placementType, placementProvider, carer,
                placementPostcode, urn, reasonForPlacementChange, reasonEpisodeCeased);
    }

    public String getDateDay() { return dateDay; }
    public void setDateDay(String v) { dateDay = v; }
    public String getDateMonth() { return dateMonth; }
    public void setDateMonth(String v) { dateMonth = v; }
    public String getDateYear() { return dateYear; }
    public void setDateYear(String v) { dateYear = v; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String v) { legalStatus = v; }
    public String getCategoryOfNeed() { return categoryOfNeed; }
    public void setCategoryOfNeed(String v) { categoryOfNeed = v; }
    public String getPlacementType() { return placementType; }
    public void setPlacementType(String v) { placementType = v; }
    public String getPlacementProvider() { return placementProvider; }
    public void setPlacementProvider(String v) { placementProvider = v; }
    public String getCarerId() { return carerId; }
    public void setCarerId(String v) { carerId = v; }
    public String getPlacementPostcode() { return placementPostcode; }
    public void setPlacementPostcode(String v) { placementPostcode = v; }
    public String getUrn() { return urn; }
    public void setUrn(String v) { urn = v; }
    public String getReasonForPlacementChange() { return reasonForPlacementChange; }
    public void setReasonForPlacementChange(String v) { reasonForPlacementChange = v; }
    public String getReasonEpisodeCeased() { return reasonEpisodeCeased; }
    public void setReasonEpisodeCeased(String v) { reasonEpisodeCeased = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
