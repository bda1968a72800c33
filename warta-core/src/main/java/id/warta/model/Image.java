package id.warta.model;

/**
 * The article's main picture, as the page names it ({@code og:image}, JSON-LD {@code image},
 * the body's lead figure).
 *
 * @param url     absolute address of the picture
 * @param caption its caption, or null
 * @param credit  its credit ({@code ANTARA FOTO/Aditya}), or null
 */
public record Image(String url, String caption, String credit) {
}
