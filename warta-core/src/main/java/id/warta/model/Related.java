package id.warta.model;

/** A "read also" link the portal put into the body ({@code BACA JUGA: ...}), in page order. */
public record Related(String title, String url) {
}
