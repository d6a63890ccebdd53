package org.hearth.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hearth.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Pages of content the council writes for young people (the leaving care offer, the complaints process), kept as
 * {@link PolicyType#DOCUMENT} settings so that each has versions with effective dates like every other local policy.
 * An administrator writes Markdown; it is shown with GOV.UK styles, and any HTML typed in is shown as text, never run.
 */
@Service
public class PolicyDocuments {

    /** A document as it stood on a date. */
    public record PolicyDocument(String key, String title, String html, LocalDate inForceSince,
            String changedByName, LocalDate on) {

        public boolean isDefault() {
            return inForceSince == null;
        }
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> PolicyDocuments::govukClasses).build();

    private final Policies policies;

    PolicyDocuments(Policies policies) {
        this.policies = policies;
    }

    public PolicyDocument document(String key, LocalDate on) {
        PolicySetting setting = policies.setting(key, on);
        if (setting.definition().type() != PolicyType.DOCUMENT) {
            throw new RecordNotFoundException("No document called " + key);
        }
        String changedBy = setting.isDefault() ? null : setting.versions().stream()
                .filter(v -> v.effectiveFrom().equals(setting.effectiveFrom()) && v.value().equals(setting.value()))
                .map(PolicyVersion::changedByName).findFirst().orElse(null);
        return new PolicyDocument(key, setting.definition().title(), html(setting.value()), setting.effectiveFrom(),
                changedBy, on);
    }

    /** The document's Markdown as HTML with GOV.UK classes; raw HTML in it is escaped. */
    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    private static void govukClasses(Node node, String tagName, Map<String, String> attributes) {
        String classes = null;
        if (node instanceof Heading heading) {
            classes = heading.getLevel() <= 2 ? "govuk-heading-m" : "govuk-heading-s";
        } else if (node instanceof Paragraph) {
            classes = "govuk-body";
        } else if (node instanceof BulletList) {
            classes = "govuk-list govuk-list--bullet";
        } else if (node instanceof OrderedList) {
            classes = "govuk-list govuk-list--number";
        } else if (node instanceof Link) {
            classes = "govuk-link";
        }
        if (classes != null) {
            attributes.put("class", classes);
        }
    }

    /** The documents there are, for the settings list. */
    public static List<PolicyDefinition> definitions() {
        return PolicyCatalogue.ALL.stream().filter(d -> d.type() == PolicyType.DOCUMENT).toList();
    }
}
