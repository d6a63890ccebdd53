package org.hearth.places;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hearth.shared.PdfDocuments;
import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.council.HomeCouncil;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The letter for a young person living outside the home area: the contacts where they live, in plain words, addressed
 * to them by the name they are known by. Printed from a page (access logged as a view) or as a PDF (logged as an
 * export).
 */
@Service
public class ContactsLetters {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What the letter says. */
    public record Letter(UUID childId, String knownAs, LocalAuthority authority, String councilName, LocalDate date,
            List<AuthorityContact> contacts) {
    }

    private final ChildGate gate;
    private final Residences residences;
    private final AuthorityContacts contacts;
    private final HomeCouncil council;
    private final Clock clock;

    ContactsLetters(ChildGate gate, Residences residences, AuthorityContacts contacts, HomeCouncil council,
            Clock clock) {
        this.gate = gate;
        this.residences = residences;
        this.contacts = contacts;
        this.council = council;
        this.clock = clock;
    }

    /** The letter for the print page; the view is logged. */
    public Letter printable(CurrentUser user, UUID childId) {
        return letter(gate.require(user, childId, AccessAction.VIEW, "letter of contacts where they live (print)"));
    }

    /** The letter as a PDF; the export is logged. */
    public byte[] pdf(CurrentUser user, UUID childId) {
        Letter letter = letter(gate.require(user, childId, AccessAction.EXPORT,
                "letter of contacts where they live (PDF)"));
        return render(letter);
    }

    private Letter letter(ChildView child) {
        Residence residence = residences.of(child.currentPostcode());
        if (!residence.outOfArea() || residence.authority() == null) {
            throw InvalidInputException.of("currentPostcode", "There is no letter: the young person's current "
                    + "postcode is not in a known authority outside the home area");
        }
        return new Letter(child.id(), child.knownAs(), residence.authority(), council.name(), LocalDate.now(clock),
                contacts.of(residence.authority().code()));
    }

    private static byte[] render(Letter letter) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc("Contacts in " + letter.authority().name() + " for " + letter.knownAs()))
                .append("</title><style>body { font-family: FONT; font-size: 12pt; line-height: 1.4; } ")
                .append("h1 { font-size: 18pt; } h2 { font-size: 13pt; margin: 14pt 0 2pt 0; } ")
                .append("p { margin: 0 0 8pt 0; } .contact p { margin: 0; } .small { font-size: 9pt; }</style></head><body>")
                .append("<p>").append(esc(LONG.format(letter.date()))).append("</p>")
                .append("<p>Dear ").append(esc(letter.knownAs())).append(",</p>")
                .append("<h1>People who can help you in ").append(esc(letter.authority().name())).append("</h1>");
        for (String paragraph : paragraphs(letter)) {
            html.append("<p>").append(esc(paragraph)).append("</p>");
        }
        for (AuthorityContact c : letter.contacts()) {
            html.append("<div class=\"contact\"><h2>").append(esc(c.service().title())).append("</h2><p>")
                    .append(esc(c.name())).append("</p>");
            line(html, "Phone: ", c.phone());
            line(html, "Email: ", c.email());
            line(html, "Address: ", c.address());
            line(html, "Website: ", c.website());
            html.append("</div>");
        }
        html.append("<p style=\"margin-top: 14pt\">").append(esc(closing(letter))).append("</p>")
                .append("<p class=\"small\">").append(esc(letter.councilName())).append("</p></body></html>");
        return PdfDocuments.fromXhtml(html.toString());
    }

    /** The letter's opening, in plain words (shared by the print page). */
    public static List<String> paragraphs(Letter letter) {
        return List.of("You live in " + letter.authority().name() + ". " + letter.councilName()
                        + " is still your council and we are still here for you.",
                letter.contacts().isEmpty()
                        ? "We do not have contact details for " + letter.authority().name() + " yet. Ask your "
                                + "personal adviser or social worker and they will find them for you."
                        : "These are the services in " + letter.authority().name() + " that can help you where you "
                                + "live: with leaving care, education, training or work, housing, school, health, "
                                + "and in an emergency when offices are closed.");
    }

    public static String closing(Letter letter) {
        return "If any of these details are wrong, or you need help getting in touch, talk to your personal "
                + "adviser or social worker at " + letter.councilName() + ".";
    }

    private static void line(StringBuilder html, String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<p>").append(esc(label)).append(esc(value)).append("</p>");
        }
    }

    private static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
