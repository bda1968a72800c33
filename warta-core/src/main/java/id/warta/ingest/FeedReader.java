package id.warta.ingest;

import id.warta.dates.DateParser;
import id.warta.ingest.FeedEntry.Content;
import id.warta.model.Moment;
import id.warta.model.Origin;
import id.warta.model.RawDocument.Format;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * Reads an RSS 2.0, RSS 1.0, Atom, sitemap, sitemap index or Google News sitemap file as a
 * stream of {@link FeedEntry}s, with the JDK's StAX parser hardened: no DTD is processed,
 * no entity is expanded, nothing external is fetched. A file whose DTD declares entities
 * (the shape of an entity-expansion bomb) is refused at once. Lenient otherwise: HTML
 * entities such as {@code &nbsp;}, undeclared in XML but common in feeds, are read. On
 * broken XML the entries before the break are kept and {@link #problem()} says where it
 * broke. Close it when done.
 */
public final class FeedReader implements Iterator<FeedEntry>, Closeable {
    private final InputStream in;
    private final Origin file;
    private final int maxFieldChars;
    private final XMLStreamReader xml;
    private Feed.Type type;
    private String title;
    private String language;
    private Feed.Problem problem;
    private int count;
    private FeedEntry next;
    private boolean done;

    private int depth;
    private int entryDepth = -1;
    private EntryBuilder entry;
    private Field capturing;
    private int captureDepth;
    private boolean markup;
    private final StringBuilder text = new StringBuilder();

    /** What an element holds, by its vocabulary and name. */
    private enum Field { URL, GUID, TITLE, PUBLISHED, MODIFIED, OUTLET, LANGUAGE, CONTENT }

    /** The feed's own vocabulary (RSS, Atom, sitemaps) and the extensions read from it. */
    private enum Vocabulary {
        MAIN, DUBLIN_CORE, CONTENT_MODULE, NEWS, OTHER;

        static Vocabulary of(String namespace) {
            if (namespace == null || namespace.isEmpty()) return MAIN;
            String ns = namespace.toLowerCase(Locale.ROOT);
            if (ns.contains("sitemap-news")) return NEWS;
            if (ns.contains("w3.org/2005/atom") || ns.contains("purl.org/atom") || ns.equals("http://purl.org/rss/1.0/")
                    || ns.contains("sitemaps.org/schemas/sitemap/") || ns.contains("google.com/schemas/sitemap/")) return MAIN;
            if (ns.startsWith("http://purl.org/dc/")) return DUBLIN_CORE;
            if (ns.equals("http://purl.org/rss/1.0/modules/content/")) return CONTENT_MODULE;
            return OTHER;
        }
    }

    FeedReader(InputStream in, Origin file, Limits limits) {
        this.in = in;
        this.file = file;
        this.maxFieldChars = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes());
        XMLStreamReader reader = null;
        try {
            reader = hardenedFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            fail(e);
        }
        this.xml = reader;
    }

    /** The JDK's own parser (whatever else is on the class path), with DTDs and entities off. */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        return f;
    }

    /** What the file is, once the first entry (or the end) has been read; null when it is not a feed. */
    public Feed.Type type() {
        hasNext();
        return type;
    }

    /** The feed's title (RSS channel or Atom feed), once the first entry (or the end) has been read. */
    public String title() {
        hasNext();
        return title;
    }

    /** Why reading stopped before the end, once the entries are exhausted; null when it did not. */
    public Feed.Problem problem() {
        return problem;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) next = readEntry();
        return next != null;
    }

    @Override
    public FeedEntry next() {
        if (!hasNext()) throw new NoSuchElementException();
        FeedEntry e = next;
        next = null;
        count++;
        return e;
    }

    @Override
    public void close() throws IOException {
        done = true;
        try {
            if (xml != null) xml.close();
        } catch (XMLStreamException e) {
            // closing a parser releases nothing that matters; the stream is closed next
        }
        in.close();
    }

    /** Reads events up to the end of the next entry; null at the end of the feed or at a problem. */
    private FeedEntry readEntry() {
        try {
            while (!done && xml.hasNext()) {
                FeedEntry e = switch (xml.next()) {
                    case XMLStreamConstants.DTD -> dtd();
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (capturing != null) append(markup ? escape(xml.getText()) : xml.getText());
                        yield null;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        if (capturing != null) append(entity(xml.getLocalName()));
                        yield null;
                    }
                    default -> null;
                };
                if (e != null) return e;
            }
        } catch (XMLStreamException e) {
            fail(e);
        }
        done = true;
        return null;
    }

    private FeedEntry dtd() {
        if (xml.getText().contains("<!ENTITY")) {
            stop(file, "declares entities in its DTD; Warta never expands XML entities (they serve entity-expansion "
                    + "and external-entity attacks), so it does not read this file");
        }
        return null;
    }

    private FeedEntry start() {
        depth++;
        Vocabulary vocabulary = Vocabulary.of(xml.getNamespaceURI());
        String name = xml.getLocalName();
        if (depth == 1) {
            type = vocabulary == Vocabulary.MAIN || name.equals("RDF") ? rootType(name) : null;
            if (type == null) stop(file, "not a feed or sitemap: its root element is <" + qualified() + ">");
        } else if (capturing != null) {
            if (markup) append("<" + name + attributes() + ">");
        } else if (entry == null && vocabulary == Vocabulary.MAIN && name.equals(entryElement())) {
            entry = new EntryBuilder(xml.getLocation().getLineNumber());
            entryDepth = depth;
        } else if (entry != null ? depth == entryDepth + 1 || vocabulary == Vocabulary.NEWS : depth == feedFieldDepth()) {
            Field field = field(vocabulary, name);
            if (field != null) startField(field, name);
        }
        return null;
    }

    private void startField(Field field, String name) {
        if (field == Field.URL && xml.getAttributeValue(null, "href") != null) {
            String rel = xml.getAttributeValue(null, "rel");
            if (entry != null && (rel == null || rel.equals("alternate"))) entry.url = first(entry.url, xml.getAttributeValue(null, "href"));
            return;
        }
        if (field == Field.GUID && "false".equalsIgnoreCase(xml.getAttributeValue(null, "isPermaLink"))) return;
        markup = false;
        if (field == Field.CONTENT && name.equals("content")) {
            if (xml.getAttributeValue(null, "src") != null) return; // content elsewhere: not in the feed
            String kind = xml.getAttributeValue(null, "type");
            markup = "xhtml".equals(kind);
            if (entry != null) entry.contentFormat = kind == null || kind.equals("text") ? Format.TEXT : Format.HTML;
        }
        capturing = field;
        captureDepth = depth;
        text.setLength(0);
    }

    private FeedEntry end() {
        FeedEntry finished = null;
        if (capturing != null && depth == captureDepth) {
            assign(capturing, text.toString().strip());
            capturing = null;
            markup = false;
        } else if (capturing != null && markup) {
            append("</" + xml.getLocalName() + ">");
        } else if (entry != null && depth == entryDepth) {
            finished = entry.build();
            entry = null;
        }
        depth--;
        if (depth == 0) done = true;
        return finished;
    }

    private void assign(Field field, String value) {
        if (value.isEmpty()) return;
        if (entry == null) {
            if (field == Field.TITLE) title = first(title, value);
            if (field == Field.LANGUAGE) language = first(language, value);
            return;
        }
        switch (field) {
            case URL -> entry.url = first(entry.url, value);
            case GUID -> entry.guid = first(entry.guid, value);
            case TITLE -> entry.title = first(entry.title, value);
            case PUBLISHED -> entry.published = first(entry.published, value);
            case MODIFIED -> entry.modified = first(entry.modified, value);
            case OUTLET -> entry.outlet = first(entry.outlet, value);
            case LANGUAGE -> entry.language = first(entry.language, value);
            case CONTENT -> entry.content = first(entry.content, value);
        }
    }

    private static Field field(Vocabulary vocabulary, String name) {
        return switch (vocabulary) {
            case MAIN -> switch (name) {
                case "link", "loc" -> Field.URL;
                case "guid" -> Field.GUID;
                case "title" -> Field.TITLE;
                case "pubDate", "published", "issued" -> Field.PUBLISHED;
                case "updated", "lastmod", "modified" -> Field.MODIFIED;
                case "content" -> Field.CONTENT;
                case "language" -> Field.LANGUAGE;
                default -> null;
            };
            case DUBLIN_CORE -> switch (name) {
                case "date", "created", "issued" -> Field.PUBLISHED;
                case "modified" -> Field.MODIFIED;
                case "language" -> Field.LANGUAGE;
                default -> null;
            };
            case CONTENT_MODULE -> name.equals("encoded") ? Field.CONTENT : null;
            case NEWS -> switch (name) {
                case "title" -> Field.TITLE;
                case "publication_date" -> Field.PUBLISHED;
                case "name" -> Field.OUTLET;
                case "language" -> Field.LANGUAGE;
                default -> null;
            };
            case OTHER -> null;
        };
    }

    private static Feed.Type rootType(String name) {
        return switch (name) {
            case "rss", "RDF" -> Feed.Type.RSS;
            case "feed" -> Feed.Type.ATOM;
            case "urlset" -> Feed.Type.SITEMAP;
            case "sitemapindex" -> Feed.Type.SITEMAP_INDEX;
            default -> null;
        };
    }

    private String entryElement() {
        return switch (type) {
            case RSS -> "item";
            case ATOM -> "entry";
            case SITEMAP -> "url";
            case SITEMAP_INDEX -> "sitemap";
        };
    }

    /** Depth of the feed's own title and language: {@code feed/title}, {@code rss/channel/title}. */
    private int feedFieldDepth() {
        return switch (type) {
            case ATOM -> 2;
            case RSS -> 3;
            case SITEMAP, SITEMAP_INDEX -> -1;
        };
    }

    private void append(String s) {
        int room = maxFieldChars + 1 - text.length(); // one over the limit tells "too long" apart
        if (room > 0) text.append(s, 0, Math.min(s.length(), room));
    }

    /** An entity XML does not declare, read as HTML would; unknown ones are kept as written. */
    private static String entity(String name) {
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : "&" + name + ";";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private String attributes() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            b.append(' ').append(xml.getAttributeLocalName(i)).append("=\"")
                    .append(escape(xml.getAttributeValue(i)).replace("\"", "&quot;")).append('"');
        }
        return b.toString();
    }

    private String qualified() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private void fail(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) message = message.substring(cut + "Message: ".length());
        message = message.strip().replaceFirst("\\.$", "");
        String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        Origin origin = at == null || at.getLineNumber() < 0 ? file : file.atLine(at.getLineNumber());
        if (type == null) {
            stop(origin, "not a feed or sitemap: not well-formed XML before its root element (" + message + where + ")");
            return;
        }
        String kept = count + (next != null ? 1 : 0) > 0 ? "; the entries before it are kept" : "";
        stop(origin, "broken XML" + where + ": " + message + kept);
    }

    private void stop(Origin where, String message) {
        problem = new Feed.Problem(where, message);
        done = true;
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    /** An entry's fields as they are read. */
    private final class EntryBuilder {
        final int line;
        String url, guid, title, published, modified, outlet, language, content;
        Format contentFormat = Format.HTML;

        EntryBuilder(int line) {
            this.line = line;
        }

        FeedEntry build() {
            String link = url != null ? url : guid != null && guid.matches("(?i)https?://\\S+") ? guid : null;
            FeedEntry.Kind kind = type == Feed.Type.SITEMAP_INDEX ? FeedEntry.Kind.SITEMAP : FeedEntry.Kind.ARTICLE;
            return new FeedEntry(file.atLine(line), kind, link, title, moment(published), moment(modified),
                    outlet != null ? outlet : FeedReader.this.title, language != null ? language : FeedReader.this.language,
                    content == null ? null : new Content(content, contentFormat));
        }

        private static Moment moment(String s) {
            return s == null ? null : DateParser.parse(s).orElse(null);
        }
    }
}
