package org.hearth.supervision.internal;

/** Counting words in reflective text: runs of letters or digits, so punctuation and spacing do not count. */
final class Words {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(['’-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
