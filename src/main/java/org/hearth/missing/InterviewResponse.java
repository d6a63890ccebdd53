package org.hearth.missing;

/** The child's answer to the offer of a return home interview. */
public enum InterviewResponse {
    ACCEPTED("Accepted"), DECLINED("Declined"), NO_ANSWER_YET("No answer yet");

    private final String label;

    InterviewResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
