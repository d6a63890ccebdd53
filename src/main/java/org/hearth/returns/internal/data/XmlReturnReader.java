package org.hearth.returns.internal.data;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the 903 XML form (docs/903.md section 1.1: the DfE's "Expanded SSDA903" schema, EXPSSDA903 / CHILD / HEADER
 * and EPISODE) into the same tables as the CSV set: CHILDID is CHILD and PL is PLACE, as the open validator renames
 * them; the Header's UASC and DUC make a UASC row for a child with UASC 1; the adoption fields an AD1 row, IN_TOUCH,
 * ACTIV and ACCOM an OC3 row; AMISSING, AREVIEW, PERMANENCE, OC2 and AD_PLACED rows of Missing, Reviews, PrevPerm, OC2
 * and PlacedAdoption. Each child's rows carry the Header's DOB where the table has one.
 * <p>
 * The published schema (3.3.0) has no social worker episodes or Deprivation of Liberty orders, and the current one's
 * element names are not verified: Hearth accepts SWEPISODE (SW_ID, SW_DECOM, SW_DEC, SW_REASON) and DOLO (DOLO_START,
 * DOLO_END) elements inside CHILD as its own documented extension (README).
 * <p>
 * The file comes from outside: DTDs and external entities are off and a DOCTYPE is refused outright (XXE), elements
 * the form does not have are reported rather than guessed at, and nothing the parser can throw escapes as anything
 * but a problem with the line where it was found.
 */
public final class XmlReturnReader {

    static final String ROOT = "EXPSSDA903";

    private static final Set<String> HEADER_FIELDS = Set.of("CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC",
            "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV",
            "ACCOM", "MOTHER", "MC_DOB");

    /** The repeating or optional groups inside HEADER, with their fields. */
    private static final Map<String, Set<String>> HEADER_GROUPS = Map.of(
            "AMISSING", Set.of("MISSING", "MIS_START", "MIS_END"),
            "AREVIEW", Set.of("REVIEW", "REVIEW_CODE"),
            "PERMANENCE", Set.of("PREV_PERM", "LA_PERM", "DATE_PERM"),
            "OC2", Set.of("SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                    "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
            "AD_PLACED", Set.of("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));

    /** The groups inside CHILD beside HEADER: the schema's EPISODE and Hearth's two extensions. */
    private static final Map<String, Set<String>> CHILD_GROUPS = Map.of(
            "EPISODE", Set.of("DECOM", "RNE", "LS", "CIN", "PL", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER",
                    "DEC", "REC", "REASON_PLACE_CHANGE"),
            "SWEPISODE", Set.of("SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
            "DOLO", Set.of("DOLO_START", "DOLO_END"));

    private static final Map<String, ReturnTable> GROUP_TABLES = Map.of("AMISSING", ReturnTable.MISSING, "AREVIEW",
            ReturnTable.REVIEWS, "PERMANENCE", ReturnTable.PREV_PERM, "OC2", ReturnTable.OC2, "AD_PLACED",
            ReturnTable.PLACED_ADOPTION, "EPISODE", ReturnTable.EPISODES, "SWEPISODE", ReturnTable.SW_EPISODES,
            "DOLO", ReturnTable.DOLO);

    /** The tables the published schema defines: supplied by any XML return, even when no child has rows in them. */
    private static final List<ReturnTable> SCHEMA_TABLES = List.of(ReturnTable.HEADER, ReturnTable.EPISODES,
            ReturnTable.REVIEWS, ReturnTable.UASC, ReturnTable.OC2, ReturnTable.OC3, ReturnTable.AD1,
            ReturnTable.PLACED_ADOPTION, ReturnTable.PREV_PERM, ReturnTable.MISSING);

    private static final List<String> AD1_FIELDS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
            "SEX_ADOPTR", "LS_ADOPTR");
    private static final List<String> OC3_FIELDS = List.of("IN_TOUCH", "ACTIV", "ACCOM");

    /** A value longer than this is not a 903 value; it is cut to keep a hostile file from filling memory. */
    static final int LONGEST_VALUE = 1000;

    /** More problems than this and the rest of the file is not read. */
    static final int MOST_PROBLEMS = 200;

    private static final XMLInputFactory FACTORY = factory();

    private XmlReturnReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public static ReadResult read(ReturnFile file) {
        Reading reading = new Reading(file.name());
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(file.content()));
            reading.document(xml);
        } catch (TooManyProblems e) {
            reading.problems.add(ReadProblem.ofFile(file.name(), "Stopped reading after " + MOST_PROBLEMS
                    + " problems"));
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            reading.problems.add(new ReadProblem(file.name(), line, null, null, "The file is not well-formed XML: "
                    + "it may have been cut short or edited by hand (" + shortMessage(e) + ")"));
        } catch (RuntimeException e) {
            // the JDK's parser throws unchecked exceptions on some malformed input (found by fuzzing)
            int line = xml == null ? 0 : lineOf(xml);
            reading.problems.add(new ReadProblem(file.name(), line, null, null, "The file is not well-formed XML ("
                    + e.getClass().getSimpleName() + ")"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException | RuntimeException ignored) {
                    // nothing to release that matters: the bytes are in memory
                }
            }
        }
        Map<ReturnTable, String> sources = new EnumMap<>(ReturnTable.class);
        if (reading.sawRoot) {
            SCHEMA_TABLES.forEach(t -> sources.put(t, file.name()));
            reading.rows.forEach((table, rows) -> sources.put(table, file.name()));
        }
        return new ReadResult(new ReturnData(reading.rows, sources), List.copyOf(reading.problems));
    }

    private static String shortMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        message = at >= 0 ? message.substring(at + 9) : message;
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static int lineOf(XMLStreamReader xml) {
        try {
            return xml.getLocation() == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Thrown to stop reading a file with too many problems. */
    private static final class TooManyProblems extends RuntimeException {
        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    /** One element's simple fields and where it started. */
    private record Group(String name, int line, Map<String, String> fields) {
    }

    /** The state of reading one file. */
    private static final class Reading {

        private final String file;
        private final List<ReadProblem> problems = new ArrayList<>();
        private final Map<ReturnTable, List<ReturnRow>> rows = new EnumMap<>(ReturnTable.class);
        private boolean sawRoot;

        Reading(String file) {
            this.file = file;
        }

        void problem(int line, String column, String message) {
            problems.add(new ReadProblem(file, line, column, null, message));
            if (problems.size() >= MOST_PROBLEMS) {
                throw new TooManyProblems();
            }
        }

        void document(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problem(lineOf(xml), null, "The file has a DOCTYPE or entity declaration: a 903 XML return "
                            + "has none, and Hearth does not read them (they can be used to reach other files)");
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!ROOT.equals(xml.getLocalName())) {
                        problem(lineOf(xml), xml.getLocalName(), "The file is XML but not a 903 return: its "
                                + "outer element is " + xml.getLocalName() + " where the 903 form has " + ROOT);
                        return;
                    }
                    sawRoot = true;
                    root(xml);
                    return;
                }
            }
            problem(0, null, "The file is empty: a 903 XML return has an " + ROOT + " element");
        }

        private void root(XMLStreamReader xml) throws XMLStreamException {
            while (nextTag(xml)) {
                if ("CHILD".equals(xml.getLocalName())) {
                    child(xml);
                } else {
                    unknown(xml, ROOT);
                }
            }
            // read to the end so that anything after the root (or a cut-off file) is found
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problem(lineOf(xml), null, "The file has a DOCTYPE or entity declaration: a 903 XML return "
                            + "has none");
                }
            }
        }

        private void child(XMLStreamReader xml) throws XMLStreamException {
            int line = lineOf(xml);
            Map<String, String> header = null;
            int headerLine = line;
            List<Group> headerGroups = new ArrayList<>();
            List<Group> childGroups = new ArrayList<>();
            while (nextTag(xml)) {
                String name = xml.getLocalName();
                if ("HEADER".equals(name)) {
                    if (header != null) {
                        problem(lineOf(xml), name, "The child has a second HEADER: give each child's header once");
                        skip(xml);
                        continue;
                    }
                    headerLine = lineOf(xml);
                    header = new LinkedHashMap<>();
                    header(xml, header, headerGroups);
                } else if (CHILD_GROUPS.containsKey(name)) {
                    childGroups.add(group(xml, name, CHILD_GROUPS.get(name)));
                } else {
                    unknown(xml, "CHILD");
                }
            }
            if (header == null) {
                problem(line, "HEADER", "The CHILD has no HEADER, so its child id is not known: its rows are left "
                        + "out");
                return;
            }
            rowsOf(header, headerLine, headerGroups, childGroups);
        }

        private void header(XMLStreamReader xml, Map<String, String> header, List<Group> groups)
                throws XMLStreamException {
            while (nextTag(xml)) {
                String name = xml.getLocalName();
                if (HEADER_FIELDS.contains(name)) {
                    field(xml, name, header);
                } else if (HEADER_GROUPS.containsKey(name)) {
                    groups.add(group(xml, name, HEADER_GROUPS.get(name)));
                } else {
                    unknown(xml, "HEADER");
                }
            }
        }

        private Group group(XMLStreamReader xml, String name, Set<String> fields) throws XMLStreamException {
            int line = lineOf(xml);
            Map<String, String> values = new LinkedHashMap<>();
            while (nextTag(xml)) {
                String field = xml.getLocalName();
                if (fields.contains(field)) {
                    field(xml, field, values);
                } else {
                    unknown(xml, name);
                }
            }
            return new Group(name, line, values);
        }

        private void field(XMLStreamReader xml, String name, Map<String, String> into) throws XMLStreamException {
            int line = lineOf(xml);
            String value = text(xml, name);
            if (into.containsKey(name)) {
                problem(line, name, name + " is given twice: give it once");
            }
            into.put(name, value);
        }

        /** The element's text; elements inside a simple field are reported and left out. */
        private String text(XMLStreamReader xml, String name) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() < LONGEST_VALUE) {
                            text.append(xml.getText(), 0, Math.min(xml.getTextLength(),
                                    LONGEST_VALUE - text.length()));
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> unknown(xml, name);
                    case XMLStreamConstants.END_ELEMENT -> {
                        return text.toString();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> problem(lineOf(xml), name, "An entity reference in "
                            + name + " is not read: write the value out");
                    case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The file ends inside "
                            + name, xml.getLocation());
                    default -> {
                        // comments and processing instructions are not values
                    }
                }
            }
        }

        /** Moves to the next child element (true) or the end of the current one (false). */
        private boolean nextTag(XMLStreamReader xml) throws XMLStreamException {
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        return true;
                    case XMLStreamConstants.END_ELEMENT:
                        return false;
                    case XMLStreamConstants.END_DOCUMENT:
                        throw new XMLStreamException("The file ends before its elements are closed",
                                xml.getLocation());
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                        if (!xml.isWhiteSpace()) {
                            problem(lineOf(xml), null, "Text outside a field is not part of the 903 form: \""
                                    + abbreviated(xml.getText()) + "\"");
                        }
                        break;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                    case XMLStreamConstants.DTD:
                        problem(lineOf(xml), null, "An entity reference is not read: write the value out");
                        break;
                    default:
                        break;
                }
            }
        }

        private void unknown(XMLStreamReader xml, String parent) throws XMLStreamException {
            problem(lineOf(xml), xml.getLocalName(), xml.getLocalName() + " is not an element of the 903 XML form "
                    + "inside " + parent + ": it is left out");
            skip(xml);
        }

        /** Skips the current element and everything inside it, without recursion (deep nesting is no risk). */
        private void skip(XMLStreamReader xml) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("The file ends before its elements are closed", xml.getLocation());
                }
            }
        }

        private void rowsOf(Map<String, String> header, int line, List<Group> headerGroups, List<Group> childGroups) {
            String child = header.get("CHILDID");
            String dob = header.get("DOB");
            add(ReturnTable.HEADER, line, child, dob, header);
            if ("1".equals(ReturnRow.clean(header.get("UASC")))) {
                add(ReturnTable.UASC, line, child, dob, header);
            }
            if (AD1_FIELDS.stream().anyMatch(f -> ReturnRow.clean(header.get(f)) != null)) {
                add(ReturnTable.AD1, line, child, dob, header);
            }
            if (OC3_FIELDS.stream().anyMatch(f -> ReturnRow.clean(header.get(f)) != null)) {
                add(ReturnTable.OC3, line, child, dob, header);
            }
            for (Group group : headerGroups) {
                add(GROUP_TABLES.get(group.name()), group.line(), child, dob, group.fields());
            }
            for (Group group : childGroups) {
                add(GROUP_TABLES.get(group.name()), group.line(), child, dob, group.fields());
            }
        }

        private void add(ReturnTable table, int line, String child, String dob, Map<String, String> fields) {
            String[] values = new String[table.columns().size()];
            for (int i = 0; i < values.length; i++) {
                String column = table.columns().get(i);
                String value = switch (column) {
                    case "CHILD" -> child;
                    case "DOB" -> dob;
                    case "PLACE" -> fields.get("PL");
                    default -> fields.get(column);
                };
                values[i] = value;
            }
            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(new ReturnRow(table, line, values));
        }

        private static String abbreviated(String text) {
            String stripped = text == null ? "" : text.strip();
            return stripped.length() > 40 ? stripped.substring(0, 40) + "..." : stripped;
        }
    }
}
