package id.warta.quotes;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("scratch", "/tmp/ql2/probe/scratch.txt")));
        var doc = QuotesTest.doc(text);
        Passage p = new Passage(doc.text(), QuoteMarks.find(doc.text()));
        for (int i = 0; i < p.size(); i++) {
            if (false) System.out.println(i + " [" + p.word(i) + "] role=" + p.is(i, Words.Kind.ROLE) + " name=" + People.isNameWord(p, i));
            if (p.lower(i).equals("menjelaskan")) System.out.println("  BEFORE " + i + ": " + Phrase.before(p, i, p.sentenceStart(i)) + " " + p.word(i-1) + p.word(i-2)+ p.word(i-3));
            if (p.lower(i).equals("kata")) System.out.println("  AFTER: " + Phrase.after(p, i + 1, p.size()));
        }
        System.out.println(Quotes.find(doc, java.util.List.of()));
    }
}
