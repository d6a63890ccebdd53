package org.hearth.returns.internal.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a return as the 903 XML form that {@link XmlReturnReader} reads (docs/903.md section 1.1): one CHILD per
 * child, the Header's fields with the child's UASC, AD1 and OC3 values and its missing, review, previous permanence,
 * OC2 and placed-for-adoption groups inside HEADER, then its episodes, and Hearth's SWEPISODE and DOLO extensions.
 * Elements are in the schema's order; an optional field with no value is left out. Per-table DOB columns are not
 * written: the form has the child's DOB once, in the Header.
 */
public final class XmlReturnWriter {

    private static final List<String> HEADER_START = List.of("UPN", "SEX", "DOB", "ETHNIC");

    private XmlReturnWriter() {
    }

    public static byte[] write(ReturnData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes,
                    StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(XmlReturnReader.ROOT);
            for (String child : children(data)) {
                child(xml, data, child);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the return as XML failed", e);
        }
        return bytes.toByteArray();
    }

    /** Children in Header order, then any child who has rows but no Header row (it gets one with its id only). */
    private static Set<String> children(ReturnData data) {
        Set<String> children = new LinkedHashSet<>(data.byChild(ReturnTable.HEADER).keySet());
        for (ReturnTable table : ReturnTable.values()) {
            children.addAll(data.byChild(table).keySet());
        }
        return children;
    }

    private static void child(XMLStreamWriter xml, ReturnData data, String child) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("CHILD");
        indent(xml, 2);
        xml.writeStartElement("HEADER");
        ReturnRow header = data.first(ReturnTable.HEADER, child);
        ReturnRow uasc = data.first(ReturnTable.UASC, child);
        ReturnRow ad1 = data.first(ReturnTable.AD1, child);
        ReturnRow oc3 = data.first(ReturnTable.OC3, child);
        field(xml, 3, "CHILDID", child, true);
        for (String column : HEADER_START) {
            field(xml, 3, column, header == null ? null : header.value(column), false);
        }
        String uascFlag = header == null ? null : header.value("UASC");
        if (uascFlag == null) {
            uascFlag = uasc == null ? "0" : "1";
        }
        field(xml, 3, "UASC", uascFlag, true);
        field(xml, 3, "DUC", uasc == null ? null : uasc.value("DUC"), false);
        for (String column : List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
                "LS_ADOPTR")) {
            field(xml, 3, column, ad1 == null ? null : ad1.value(column), false);
        }
        for (String column : List.of("IN_TOUCH", "ACTIV", "ACCOM")) {
            field(xml, 3, column, oc3 == null ? null : oc3.value(column), false);
        }
        groups(xml, 3, data, ReturnTable.MISSING, child, "AMISSING", List.of("MISSING", "MIS_START", "MIS_END"));
        groups(xml, 3, data, ReturnTable.REVIEWS, child, "AREVIEW", List.of("REVIEW", "REVIEW_CODE"));
        field(xml, 3, "MOTHER", header == null ? null : header.value("MOTHER"), false);
        field(xml, 3, "MC_DOB", header == null ? null : header.value("MC_DOB"), false);
        groups(xml, 3, data, ReturnTable.PREV_PERM, child, "PERMANENCE", List.of("PREV_PERM", "LA_PERM",
                "DATE_PERM"));
        groups(xml, 3, data, ReturnTable.OC2, child, "OC2", List.of("SDQ_SCORE", "SDQ_REASON", "CONVICTED",
                "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));
        groups(xml, 3, data, ReturnTable.PLACED_ADOPTION, child, "AD_PLACED", List.of("DATE_PLACED",
                "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
        indent(xml, 2);
        xml.writeEndElement();
        for (ReturnRow episode : data.of(ReturnTable.EPISODES, child)) {
            indent(xml, 2);
            xml.writeStartElement("EPISODE");
            for (String column : List.of("DECOM", "RNE", "LS", "CIN", "PLACE", "PL_POST", "HOME_POST", "URN",
                    "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE")) {
                field(xml, 3, column.equals("PLACE") ? "PL" : column, episode.value(column), false);
            }
            indent(xml, 2);
            xml.writeEndElement();
        }
        groups(xml, 2, data, ReturnTable.SW_EPISODES, child, "SWEPISODE", List.of("SW_ID", "SW_DECOM", "SW_DEC",
                "SW_REASON"));
        groups(xml, 2, data, ReturnTable.DOLO, child, "DOLO", List.of("DOLO_START", "DOLO_END"));
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void groups(XMLStreamWriter xml, int depth, ReturnData data, ReturnTable table, String child,
            String element, List<String> columns) throws XMLStreamException {
        for (ReturnRow row : data.of(table, child)) {
            indent(xml, depth);
            xml.writeStartElement(element);
            for (String column : columns) {
                field(xml, depth + 1, column, row.value(column), false);
            }
            indent(xml, depth);
            xml.writeEndElement();
        }
    }

    private static void field(XMLStreamWriter xml, int depth, String name, String value, boolean always)
            throws XMLStreamException {
        if (value == null && !always) {
            return;
        }
        indent(xml, depth);
        xml.writeStartElement(name);
        if (value != null) {
            xml.writeCharacters(value);
        }
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
