package org.hearth.returns.internal.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A return's files as a performance officer gives them: a folder, a zip, or files uploaded together (which may include
 * zips). CSV or XML, never both (docs/903.md section 1.2: the open validator refuses a mix); folders, Mac resource
 * forks (__MACOSX) and hidden files in a zip are passed over. A zip is read against limits on its number of entries and
 * on the bytes it unpacks to, counted as they are read rather than trusted from the zip's own directory, so a small
 * upload cannot fill the server's memory (a zip bomb).
 */
public final class ReturnFiles {

    /**
     * How much a return may unpack to. A return of 50,000 children (the largest council's several times over) is
     * about 30 MB of CSV; twelve tables, this year's files, perhaps a readme.
     */
    public record Limits(int entries, long bytes) {
        public static final Limits DEFAULT = new Limits(100, 512L * 1024 * 1024);
    }

    private ReturnFiles() {
    }

    /** The files in a folder (not its subfolders), or a zip file's entries. */
    public static ReadResult fromPath(Path path) {
        return fromPath(path, Limits.DEFAULT);
    }

    public static ReadResult fromPath(Path path, Limits limits) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            return refused(ReadProblem.ofFile(name, "There is no file or folder at " + path));
        }
        List<ReturnFile> files = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    for (Path file : listing.sorted().toList()) {
                        String fileName = file.getFileName().toString();
                        if (Files.isRegularFile(file) && !fileName.startsWith(".")) {
                            if (Files.size(file) > limits.bytes()) {
                                return refused(ReadProblem.ofFile(fileName, tooLarge(limits)));
                            }
                            files.add(new ReturnFile(fileName, Files.readAllBytes(file)));
                        }
                    }
                }
            } else {
                if (Files.size(path) > limits.bytes()) {
                    return refused(ReadProblem.ofFile(name, tooLarge(limits)));
                }
                files.add(new ReturnFile(name, Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            return refused(ReadProblem.ofFile(name, "Could not read " + path + ": " + e.getMessage()));
        }
        return fromUploads(files, limits);
    }

    /** A zip of the return's files. */
    public static ReadResult fromZip(String name, byte[] zip) {
        return fromUploads(List.of(new ReturnFile(name, zip)), Limits.DEFAULT);
    }

    public static ReadResult fromZip(String name, byte[] zip, Limits limits) {
        return fromUploads(List.of(new ReturnFile(name, zip)), limits);
    }

    /** Files uploaded together; any zip among them is unpacked. */
    public static ReadResult fromUploads(List<ReturnFile> uploads) {
        return fromUploads(uploads, Limits.DEFAULT);
    }

    public static ReadResult fromUploads(List<ReturnFile> uploads, Limits limits) {
        List<ReturnFile> files = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        long[] total = {0};
        for (ReturnFile upload : uploads == null ? List.<ReturnFile>of() : uploads) {
            if (upload == null || upload.content() == null) {
                continue;
            }
            if (isZip(upload)) {
                if (!unzip(upload, limits, files, problems, total)) {
                    return new ReadResult(ReturnData.empty(), List.copyOf(problems));
                }
            } else if (upload.content().length > 0 || !hidden(upload.name())) {
                total[0] += upload.content().length;
                files.add(upload);
            }
        }
        if (total[0] > limits.bytes()) {
            return refused(ReadProblem.ofFile(uploads.size() == 1 ? uploads.get(0).name() : "",
                    tooLarge(limits)));
        }
        if (!problems.isEmpty()) {
            return new ReadResult(ReturnData.empty(), List.copyOf(problems));
        }
        if (files.isEmpty()) {
            return refused(ReadProblem.ofFile("", "No files were given: give the return's CSV files (or a zip of "
                    + "them) or its XML file"));
        }
        List<ReturnFile> xml = files.stream().filter(ReturnFiles::isXml).toList();
        if (!xml.isEmpty() && xml.size() < files.size()) {
            ReturnFile other = files.stream().filter(f -> !isXml(f)).findFirst().orElseThrow();
            return refused(ReadProblem.ofFile(other.name(), "The files mix XML (" + xml.get(0).name() + ") and CSV ("
                    + other.name() + "): give the return as CSV files or as one XML file, not both"));
        }
        if (xml.size() > 1) {
            return refused(ReadProblem.ofFile(xml.get(1).name(), "More than one XML file (" + xml.get(0).name()
                    + " and " + xml.get(1).name() + "): a return in XML is one file"));
        }
        if (xml.size() == 1) {
            return XmlReturnReader.read(xml.get(0));
        }
        return CsvReturnReader.read(files);
    }

    private static ReadResult refused(ReadProblem problem) {
        return new ReadResult(ReturnData.empty(), List.of(problem));
    }

    private static String tooLarge(Limits limits) {
        return "The files come to more than " + (limits.bytes() / (1024 * 1024)) + " MB: that is more than a 903 "
                + "return holds, so they were not read";
    }

    /** Unpacks a zip's files into the list; false (with the problem said) when it cannot or must not be read. */
    private static boolean unzip(ReturnFile upload, Limits limits, List<ReturnFile> files, List<ReadProblem> problems,
            long[] total) {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.entries()) {
                    problems.add(ReadProblem.ofFile(upload.name(), "The zip has more than " + limits.entries()
                            + " entries: a 903 return has twelve tables, so it was not read"));
                    return false;
                }
                String name = entry.getName();
                if (entry.isDirectory() || hidden(name)) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total[0] += read;
                    if (total[0] > limits.bytes()) {
                        problems.add(ReadProblem.ofFile(upload.name(), "The zip unpacks to more than "
                                + (limits.bytes() / (1024 * 1024)) + " MB: that is more than a 903 return holds, so "
                                + "it was not read"));
                        return false;
                    }
                    content.write(buffer, 0, read);
                }
                ReturnFile file = new ReturnFile(name, content.toByteArray());
                if (isZip(file)) {
                    problems.add(ReadProblem.ofFile(name, "A zip inside a zip is not read: unpack it and give its "
                            + "files"));
                    return false;
                }
                files.add(file);
            }
        } catch (IOException | RuntimeException e) {
            // ZipInputStream throws ZipException and, on some malformed names or headers, unchecked exceptions
            problems.add(ReadProblem.ofFile(upload.name(), "The zip could not be read: it may be damaged or cut "
                    + "short (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()) + ")"));
            return false;
        }
        if (entries == 0) {
            problems.add(ReadProblem.ofFile(upload.name(), "The zip is empty or is not a zip"));
            return false;
        }
        return true;
    }

    /** A folder entry of a Mac's resource forks, or a hidden file (.DS_Store, ._name). */
    static boolean hidden(String name) {
        if (name == null) {
            return true;
        }
        String normalised = name.replace('\\', '/');
        if (normalised.startsWith("__MACOSX/") || normalised.contains("/__MACOSX/")) {
            return true;
        }
        String last = normalised.substring(normalised.lastIndexOf('/') + 1);
        return last.startsWith(".") || last.isEmpty();
    }

    /** A zip by its first bytes (PK\3\4, or PK\5\6 for an empty one), whatever its name. */
    static boolean isZip(ReturnFile file) {
        byte[] b = file.content();
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
    }

    /** XML by its name, or, for a file named otherwise, by starting with '<' (after a byte order mark and spaces). */
    static boolean isXml(ReturnFile file) {
        String name = file.name() == null ? "" : file.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        byte[] b = file.content();
        int i = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && b[i] == '<';
    }

    /** Reads a stream to its end, refusing more than the limit (for uploads given as streams). */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (total > limit) {
                throw new IOException("more than " + limit + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
