package org.hearth.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** PDFs (court chronologies, letters to young people) made from XHTML with openhtmltopdf. */
public final class PdfDocuments {

    /** Written in the style sheet where the font family goes: {@code body { font-family: FONT; }}. */
    public static final String FONT_PLACEHOLDER = "font-family: FONT;";

    private PdfDocuments() {
    }

    /**
     * The PDF of an XHTML document whose style sheet names its font as {@link #FONT_PLACEHOLDER}. The PDF standard
     * fonts cover Windows-1252 (English and most Western European names) and lay out 2,000 chronology entries in under
     * a second; an embedded TrueType font takes about eight times as long. So the font shipped inside PDFBox is
     * embedded only when some text needs it (a name such as Łucja), never dropped.
     */
    public static byte[] fromXhtml(String xhtml) {
        boolean standardFontsSuffice = Charset.forName("windows-1252").newEncoder().canEncode(xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (!standardFontsSuffice) {
                builder.useFont(() -> PdfRendererBuilder.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"), "Liberation Sans");
            }
            // the placeholder's first occurrence is the style sheet's, ahead of any text of the document's own
            builder.withHtmlContent(xhtml.replaceFirst(FONT_PLACEHOLDER, standardFontsSuffice
                    ? "font-family: sans-serif;" : "font-family: 'Liberation Sans';"), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
