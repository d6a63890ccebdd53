package org.hearth.lifestory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What is kept from an upload is decided by its bytes, and photos come back without their metadata. */
public class AttachmentCheckerTest {

    static final long TEN_MB = 10L * 1024 * 1024;
    final AttachmentChecker checker = new AttachmentChecker();

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /** A Windows program's first bytes ("MZ", the DOS header), which is all it takes to be one. */
    public static byte[] windowsProgram() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        bytes[60] = (byte) 0x80;
        return bytes;
    }

    /** A JPEG with an EXIF segment (APP1) holding a GPS position, as a phone's photo has, put in after SOI. */
    static byte[] jpegWithExif() {
        byte[] plain = jpeg(64, 48);
        byte[] tiff = ByteBuffer.allocate(14).put(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0})
                .array();
        byte[] gps = "GPSLatitude 52.0406 N GPSLongitude 0.7594 W".getBytes(StandardCharsets.US_ASCII);
        byte[] payload = ByteBuffer.allocate(6 + tiff.length + gps.length).put("Exif\0\0".getBytes(
                StandardCharsets.US_ASCII)).put(tiff).put(gps).array();
        int length = payload.length + 2;
        ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + payload.length);
        out.put(plain, 0, 2).put((byte) 0xFF).put((byte) 0xE1).put((byte) (length >> 8)).put((byte) length)
                .put(payload).put(plain, 2, plain.length - 2);
        return out.array();
    }

    public static byte[] pdf(String body) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + body
                + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private InvalidInputException refused(String name, byte[] bytes) {
        try {
            checker.check(name, bytes, TEN_MB, "file");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("file"));
            return e;
        }
        throw new AssertionError("the file was kept: " + name);
    }

    private static String message(InvalidInputException e) {
        return e.problems().get(0).message();
    }

    @Test
    void aRealJpegIsKeptDecodedAndGivenAThumbnail() throws IOException {
        AttachmentChecker.Checked kept = checker.check("Beach day.JPG", jpeg(800, 600), TEN_MB, "file");
        assertThat(kept.mediaType()).isEqualTo("image/jpeg");
        assertThat(kept.fileName()).isEqualTo("Beach day.jpg");
        assertThat(kept.width()).isEqualTo(800);
        assertThat(kept.height()).isEqualTo(600);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(kept.content()));
        assertThat(stored.getWidth()).isEqualTo(800);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(kept.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(AttachmentChecker.THUMBNAIL_SIZE);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
    }

    @Test
    void aRealPngIsKeptAndOneNamedJpgKeepsTheNameOfWhatItIs() {
        AttachmentChecker.Checked kept = checker.check("drawing.jpg", png(100, 80), TEN_MB, "file");
        assertThat(kept.mediaType()).isEqualTo("image/png");
        assertThat(kept.fileName()).isEqualTo("drawing.png");
        assertThat(kept.thumbnail()).isNotNull();
    }

    @Test
    void aWindowsProgramNamedJpgIsRefusedSayingWhatItReallyIs() {
        InvalidInputException e = refused("holiday.jpg", windowsProgram());
        assertThat(message(e)).contains("a Windows program").contains("although its name ends in .jpg")
                .contains("It has not been uploaded");
    }

    @Test
    void otherProgramsScriptsAndWebPagesAreRefusedByTheirBytes() {
        byte[] elf = new byte[64];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        assertThat(message(refused("photo.png", elf))).contains("Linux program");
        assertThat(message(refused("photo.jpg", "#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.US_ASCII))))
                .contains("shell script");
        assertThat(message(refused("photo.jpg", "<html><script>alert(1)</script></html>".getBytes(
                StandardCharsets.US_ASCII)))).contains("web page");
        assertThat(message(refused("photo.jpg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.US_ASCII)))).contains("SVG");
        assertThat(message(refused("anim.gif", "GIF89a\1\0\1\0\0\0\0;".getBytes(StandardCharsets.ISO_8859_1))))
                .contains("GIF");
    }

    @Test
    void aFileThatStartsLikeAJpegButIsNotOneIsRefused() {
        byte[] fake = new byte[200];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        fake[3] = (byte) 0xE0;
        InvalidInputException e = refused("photo.jpg", fake);
        assertThat(message(e)).contains("could not be read as one");
    }

    @Test
    void aPngClaimingAHugeImageIsRefusedBeforeItIsDecoded() {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(50_000)
                .putInt(50_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer bomb = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue()).putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII))
                .putInt(0xAE426082);
        assertThat(message(refused("big.png", bomb.array()))).contains("too large").contains("megapixels");
    }

    @Test
    void aPdfIsKeptAsItIsAndOneWithScriptsIsRefused() {
        byte[] letter = pdf("2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj");
        AttachmentChecker.Checked kept = checker.check("Letter to Jade.pdf", letter, TEN_MB, "file");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.content()).isEqualTo(letter);
        assertThat(kept.thumbnail()).isNull();
        assertThat(kept.width()).isNull();
        assertThat(message(refused("letter.pdf", pdf("3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"))))
                .contains("scripts");
        assertThat(message(refused("letter.pdf", pdf("3 0 obj << /S /Launch /F (cmd.exe) >> endobj"))))
                .contains("scripts");
    }

    @Test
    void anEmptyFileAndATooLargeFileAreRefused() {
        assertThat(message(refused("empty.jpg", new byte[0]))).isEqualTo("The selected file is empty");
        byte[] photo = jpeg(400, 300);
        assertThatThrownBy(() -> checker.check("photo.jpg", photo, photo.length - 1, "file"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(message((InvalidInputException) e)).startsWith(
                        "The selected file must be smaller than"));
        assertThat(AttachmentChecker.tooLarge(TEN_MB)).isEqualTo("The selected file must be smaller than 10 MB");
        assertThat(checker.check("photo.jpg", photo, photo.length, "file").mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPhotosExifAndGpsAreNotInTheCopyKept() throws IOException {
        byte[] withExif = jpegWithExif();
        assertThat(indexOf(withExif, "Exif")).isPositive();
        assertThat(indexOf(withExif, "GPSLatitude")).isPositive();
        assertThat(ImageIO.read(new ByteArrayInputStream(withExif))).isNotNull();

        AttachmentChecker.Checked kept = checker.check("IMG_0001.jpg", withExif, TEN_MB, "file");
        assertThat(indexOf(kept.content(), "Exif")).isEqualTo(-1);
        assertThat(indexOf(kept.content(), "GPSLatitude")).isEqualTo(-1);
        assertThat(hasSegment(kept.content(), 0xE1)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(kept.content())).getWidth()).isEqualTo(64);
    }

    @Test
    void fileNamesAreMadeSafe() {
        assertThat(AttachmentChecker.safeName("../../etc/passwd.jpg", "jpg", "photo")).isEqualTo("passwd.jpg");
        assertThat(AttachmentChecker.safeName("C:\\Users\\me\\My \"best\" photo.jpeg", "jpg", "photo"))
                .isEqualTo("My _best_ photo.jpg");
        assertThat(AttachmentChecker.safeName("<script>.png", "png", "photo")).isEqualTo("script.png");
        assertThat(AttachmentChecker.safeName(null, "pdf", "document")).isEqualTo("document.pdf");
        assertThat(AttachmentChecker.safeName("x".repeat(300) + ".pdf", "pdf", "document")).hasSize(84);
    }

    /** A phone photo stored sideways with EXIF orientation 6 (turn a quarter clockwise): left half red, right blue. */
    static byte[] sidewaysPhoneJpeg() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 32, 48);
        g.setColor(Color.BLUE);
        g.fillRect(32, 0, 32, 48);
        g.dispose();
        byte[] plain = write(image, "jpeg");
        // big-endian TIFF: header, IFD0 at 8 with one entry, Orientation (0x0112) SHORT 1 = 6, no next IFD
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] payload = ByteBuffer.allocate(6 + tiff.length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff).array();
        int length = payload.length + 2;
        return ByteBuffer.allocate(plain.length + 4 + payload.length).put(plain, 0, 2).put((byte) 0xFF)
                .put((byte) 0xE1).put((byte) (length >> 8)).put((byte) length).put(payload)
                .put(plain, 2, plain.length - 2).array();
    }

    @Test
    void aSidewaysPhonePhotoIsTurnedUprightBeforeItsMetadataGoes() throws IOException {
        byte[] sideways = sidewaysPhoneJpeg();
        assertThat(AttachmentChecker.orientation(sideways)).isEqualTo(6);
        assertThat(AttachmentChecker.orientation(jpeg(10, 10))).isEqualTo(1);
        assertThat(AttachmentChecker.orientation(jpegWithExif())).isEqualTo(1);

        AttachmentChecker.Checked kept = checker.check("IMG_0002.jpg", sideways, TEN_MB, "file");
        assertThat(kept.width()).isEqualTo(48);
        assertThat(kept.height()).isEqualTo(64);
        assertThat(hasSegment(kept.content(), 0xE1)).isFalse();
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(kept.content()));
        assertThat(upright.getWidth()).isEqualTo(48);
        // a quarter turn clockwise puts the left (red) half at the top and the right (blue) half at the bottom
        Color top = new Color(upright.getRGB(24, 10));
        Color bottom = new Color(upright.getRGB(24, 54));
        assertThat(top.getRed()).isGreaterThan(200);
        assertThat(top.getBlue()).isLessThan(60);
        assertThat(bottom.getBlue()).isGreaterThan(200);
        assertThat(bottom.getRed()).isLessThan(60);
    }

    private static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    /** Whether a JPEG has a marker segment of this type before its image data. */
    private static boolean hasSegment(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int type = jpeg[i + 1] & 0xFF;
            if (type == marker) {
                return true;
            }
            if (type == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }
}
