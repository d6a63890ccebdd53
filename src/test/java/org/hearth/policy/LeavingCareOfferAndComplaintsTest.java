package org.hearth.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hearth.access.CurrentUsers;
import org.hearth.shared.InvalidInputException;
import org.hearth.support.IntegrationTest;
import org.hearth.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leaving care offer and the complaints process (issue 6): content pages written by an administrator, kept as
 * versioned local policy with effective dates, readable by every signed-in user, with a print view.
 */
class LeavingCareOfferAndComplaintsTest extends IntegrationTest {

    @Autowired
    Policies policies;

    @Autowired
    PolicyDocuments documents;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void theDefaultOfferIsShownToEveryoneSignedIn() throws Exception {
        for (var user : new java.util.UUID[] {data.worker, data.personalAdviser, data.manager, data.performance,
            data.admin}) {
            mvc.perform(get("/leaving-care-offer").with(data.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "<h2 class=\"govuk-heading-m\">Your pathway plan</h2>")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "standard wording: the council has not written its own yet")));
        }
        mvc.perform(get("/complaints").with(data.as(data.personalAdviser))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Local Government and Social "
                        + "Care Ombudsman")));
        mvc.perform(get("/complaints/print").with(data.as(data.personalAdviser))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Printed on")));
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/leaving-care-offer")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/complaints/print")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNewVersionAppliesFromItsDateAndEarlierVersionsCanStillBeRead() throws Exception {
        LocalDate from = TestClock.TODAY.plusDays(10);
        mvc.perform(post("/admin/policies/document.leaving-care-offer").with(data.as(data.admin)).with(csrf())
                .param("value", "## Money\r\n\r\nA setting-up home allowance of **£3,000**.\r\n")
                .param("effectiveFromDay", String.valueOf(from.getDayOfMonth()))
                .param("effectiveFromMonth", String.valueOf(from.getMonthValue()))
                .param("effectiveFromYear", String.valueOf(from.getYear()))
                .param("reason", "Corporate parenting board decision"))
                .andExpect(redirectedUrl("/admin/policies/document.leaving-care-offer"));

        assertThat(documents.document(PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER, TestClock.TODAY).isDefault())
                .isTrue();
        var later = documents.document(PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER, from);
        assertThat(later.html()).isEqualTo("<h2 class=\"govuk-heading-m\">Money</h2>\n"
                + "<p class=\"govuk-body\">A setting-up home allowance of <strong>£3,000</strong>.</p>\n");
        assertThat(later.inForceSince()).isEqualTo(from);
        assertThat(later.changedByName()).isNotBlank();
        mvc.perform(get("/leaving-care-offer").param("on", from.toString()).with(data.as(data.worker)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("£3,000")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("version that applied on")));
        mvc.perform(get("/leaving-care-offer").with(data.as(data.worker)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "£3,000"))));
    }

    @Test
    void htmlTypedIntoADocumentIsShownAsTextNeverRun() {
        String html = PolicyDocuments.html("Hello <script>alert(1)</script> [link](javascript:alert(1))");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void aDocumentMustHaveSomeWordsAndNotTooMany() {
        org.hearth.access.CurrentUser admin = data.currentUser(data.admin);
        assertThatThrownBy(() -> policies.change(admin, PolicyCatalogue.DOCUMENT_COMPLAINTS_PROCESS, "Short",
                TestClock.TODAY, "Test")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> policies.change(admin, PolicyCatalogue.DOCUMENT_COMPLAINTS_PROCESS,
                "x".repeat(20_001), TestClock.TODAY, "Test")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 20000 characters");
        assertThat(data.count("policy_version")).isZero();
    }

    @Test
    void eachWrittenSettingHasItsTextBoxAndSaysHowToWriteIt() throws Exception {
        String offer = mvc.perform(get("/admin/policies/" + PolicyCatalogue.DOCUMENT_LEAVING_CARE_OFFER)
                .with(data.as(data.admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(offer).contains("<textarea").contains("Write for young people").contains("href=\"/leaving-care-offer\"");
        String protocol = mvc.perform(get("/admin/policies/" + PolicyCatalogue.DOCUMENT_UASC_MISSING_PROTOCOL)
                .with(data.as(data.admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(protocol).contains("<textarea").contains("Write for staff").doesNotContain("as young people see it");
        String indicators = mvc.perform(get("/admin/policies/exploitation.indicators.significant")
                .with(data.as(data.admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(indicators).contains("<textarea").contains("One indicator a line").contains("Online grooming")
                .doesNotContain("as young people see it");
    }
}
