package org.hearth.lifestory.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded file may be kept as a life story attachment, from its bytes alone: the file name and the
 * browser's Content-Type are whatever the sender chose, so neither is believed. Apache Tika's magic numbers say what
 * the file really is; only JPEG and PNG photos and PDF documents are kept:
 * <ul>
 * <li>JPEG and PNG are what phones, cameras and scanners make, and the JDK can decode them, which proves they are
 * images, and re-encode them, which strips their metadata;</li>
 * <li>GIF is left out (animations would be lost, and GIF is the classic carrier of files that are two things at once),
 * and so are WebP and HEIC (the JDK cannot decode them, so they could be neither proved nor cleaned: the worker saves
 * them again as JPEG); SVG is never an image here, as it can hold scripts;</li>
 * <li>PDF for letters and documents: it cannot be re-encoded, so one with scripts, launch actions or embedded files
 * is refused, and PDFs are only ever served as downloads in a sandbox.</li>
 * </ul>
 * Photos are decoded and written again from their pixels: the copy kept has no EXIF, GPS location, camera serial or
 * comments (a sideways phone photo is first turned upright, as its EXIF orientation said). For a looked-after child
 * that is a safeguarding matter: a photo's GPS tag can show where the child lives
 * or goes to school to anyone the photo is later shared with.
 */
@Component
public class AttachmentChecker {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    /** A decoded 40-megapixel image is 160 MB of memory: a larger one is refused before it is decoded. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int THUMBNAIL_SIZE = 240;
    private static final float JPEG_QUALITY = 0.9f;
    /**
     * PDF features that run something or carry other files. A heuristic (names can be hidden in compressed object
     * streams), which is why PDFs are also served only as downloads with a sandboxing Content-Security-Policy.
     */
    private static final Pattern PDF_ACTIVE = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA)\\b");
    private static final Map<String, String> IN_WORDS = Map.ofEntries(
            Map.entry("application/x-dosexec", "a Windows program"),
            Map.entry("application/x-msdownload", "a Windows program"),
            Map.entry("application/x-ms-installer", "a Windows installer"),
            Map.entry("application/x-executable", "a Linux program"),
            Map.entry("application/x-elf", "a Linux program"),
            Map.entry("application/x-sharedlib", "a Linux program library"),
            Map.entry("application/x-mach-o-executable", "a Mac program"),
            Map.entry("application/x-sh", "a shell script"),
            Map.entry("application/javascript", "a script"),
            Map.entry("text/javascript", "a script"),
            Map.entry("text/x-python", "a script"),
            Map.entry("text/html", "a web page (HTML)"),
            Map.entry("application/xhtml+xml", "a web page (HTML)"),
            Map.entry("image/svg+xml", "an SVG drawing, which can hold scripts"),
            Map.entry("application/zip", "a zip archive"),
            Map.entry("application/java-archive", "a Java program"),
            Map.entry("image/gif", "a GIF image"),
            Map.entry("image/webp", "a WebP image"),
            Map.entry("image/heic", "a HEIC photo"),
            Map.entry("image/bmp", "a bitmap image"),
            Map.entry("image/tiff", "a TIFF image"),
            Map.entry("text/plain", "plain text"),
            Map.entry("application/octet-stream", "of a kind Hearth does not recognise"));

    private final Tika tika = new Tika();

    /** A file fit to keep: what it is, a safe name, the bytes to store, and for photos their size and a thumbnail. */
    public record Checked(String mediaType, String fileName, byte[] content, Integer width, Integer height,
            byte[] thumbnail) {

        public boolean image() {
            return width != null;
        }
    }

    /**
     * Checks and cleans an upload.
     *
     * @param name the name the sender gave, used only for a safe download name and to say what the file claimed
     * @throws InvalidInputException naming {@code field} when the file is missing, empty, too large, not a JPEG, PNG
     *         or PDF, not readable as what it claims, or a PDF with active content
     */
    public Checked check(String name, byte[] bytes, long maxBytes, String field) {
        if (bytes == null) {
            throw InvalidInputException.of(field, "Select a photo or PDF to upload");
        }
        if (bytes.length == 0) {
            throw InvalidInputException.of(field, "The selected file is empty");
        }
        if (bytes.length > maxBytes) {
            throw InvalidInputException.of(field, tooLarge(maxBytes));
        }
        String type = detect(bytes);
        return switch (type) {
            case JPEG, PNG -> photo(name, bytes, type, field);
            case PDF -> pdf(name, bytes, field);
            default -> throw InvalidInputException.of(field, "The selected file must be a JPEG or PNG photo, or a PDF: "
                    + "it is really " + inWords(type) + claimed(name) + ". It has not been uploaded.");
        };
    }

    /** What the bytes are, by Tika's magic numbers alone (no name, no declared type). */
    public String detect(byte[] bytes) {
        return tika.detect(bytes);
    }

    public static String tooLarge(long maxBytes) {
        return "The selected file must be smaller than " + megabytes(maxBytes);
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb * 1024 * 1024 == bytes ? mb + " MB" : String.format(Locale.UK, "%.1f MB", bytes / 1048576.0);
    }

    private static String inWords(String type) {
        String words = IN_WORDS.get(type);
        if (words == null) {
            try {
                String description = MimeTypes.getDefaultMimeTypes().forName(type).getDescription();
                words = description == null || description.isBlank() ? "a file of another kind"
                        : "a file of the kind " + description;
            } catch (MimeTypeException e) {
                words = "a file of another kind";
            }
        }
        return words + " (" + type + ")";
    }

    private static String claimed(String name) {
        String extension = extension(name);
        return extension.isEmpty() ? "" : ", although its name ends in ." + extension;
    }

    private Checked photo(String name, byte[] bytes, String type, String field) {
        BufferedImage decoded = decode(bytes, type, field);
        // the metadata goes, so a phone photo's "turn me" (EXIF orientation) is applied to the pixels first
        BufferedImage image = JPEG.equals(type) ? upright(decoded, orientation(bytes)) : decoded;
        BufferedImage clean = JPEG.equals(type) ? opaque(image) : image;
        byte[] content = JPEG.equals(type) ? jpeg(clean) : png(clean);
        return new Checked(type, safeName(name, JPEG.equals(type) ? "jpg" : "png", "photo"), content,
                clean.getWidth(), clean.getHeight(), thumbnail(clean));
    }

    /** Decodes the image after checking its size in pixels: a small file can claim a huge image (a pixel bomb). */
    private static BufferedImage decode(byte[] bytes, String type, String field) {
        String unreadable = "The selected file starts like a " + (JPEG.equals(type) ? "JPEG" : "PNG")
                + " photo but could not be read as one. Save it again as an ordinary JPEG or PNG and upload that";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (in == null || !readers.hasNext()) {
                throw InvalidInputException.of(field, unreadable);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw InvalidInputException.of(field, "The photo is too large: it must be under "
                            + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw InvalidInputException.of(field, unreadable);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(field, unreadable);
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 when there is none or it cannot be read): phones store a photo as the sensor
     * saw it and say in this tag how to turn it. Read from the first APP1 "Exif" segment's first directory only.
     */
    static int orientation(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            int start = i + 4;
            if (marker == 0xE1 && length >= 16 && start + 6 <= jpeg.length
                    && new String(jpeg, start, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
                return tiffOrientation(jpeg, start + 6, Math.min(jpeg.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        int ifd = tiff + (int) number(b, tiff + 4, 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = (int) number(b, ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if (at + 12 > end) {
                return 1;
            }
            if (number(b, at, 2, little) == 0x0112) {
                int value = (int) number(b, at + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long number(byte[] b, int at, int size, boolean little) {
        long value = 0;
        for (int k = 0; k < size; k++) {
            int octet = b[at + (little ? size - 1 - k : k)] & 0xFF;
            value = (value << 8) | octet;
        }
        return value;
    }

    /** The photo turned as its EXIF orientation says (3: half a turn, 6: a quarter clockwise, 8: anticlockwise). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation != 3 && orientation != 6 && orientation != 8) {
            // 1 is upright; the mirrored orientations (2, 4, 5, 7) are rare enough to keep as they are
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean quarter = orientation != 3;
        BufferedImage turned = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        switch (orientation) {
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            default -> {
                t.translate(0, w);
                t.rotate(-Math.PI / 2);
            }
        }
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Written from the pixels with no metadata passed in: only the JFIF header, no EXIF, GPS or comment segments. */
    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** PNG from the pixels only: no text, time or EXIF chunks. */
    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small JPEG for lists, at most {@link #THUMBNAIL_SIZE} pixels on its longer side. */
    private static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return jpeg(small);
    }

    private static Checked pdf(String name, byte[] bytes, String field) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (PDF_ACTIVE.matcher(text).find()) {
            throw InvalidInputException.of(field, "The selected PDF contains scripts, actions or other files, which "
                    + "Hearth does not keep. Print it to a new PDF (or scan it) and upload that");
        }
        return new Checked(PDF, safeName(name, "pdf", "document"), bytes, null, null, null);
    }

    /**
     * The name for downloads: no folders, only letters, digits, spaces, dots, dashes and underscores, at most 80
     * characters, and the extension of what the file really is (a PNG called holiday.jpg is kept as holiday.png).
     */
    static String safeName(String name, String extension, String fallback) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("\\s+", " ").replaceAll("^[ ._]+|[ ._]+$", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        return (base.isEmpty() ? fallback : base) + "." + extension;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        String base = name.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        String ext = dot < 0 ? "" : base.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,8}") ? ext.toLowerCase(Locale.UK) : "";
    }
}
