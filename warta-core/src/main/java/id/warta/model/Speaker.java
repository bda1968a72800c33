package id.warta.model;

/**
 * Who a quote is attributed to.
 *
 * @param name   the speaker's canonical name, or the role text when the article names only
 *               a role ({@code seorang warga}); null when unknown
 * @param entity canonical name of the linked entity, or null when the speaker is not one
 * @param start  span of the words in the text that name the speaker (which may be a
 *               pronoun or a {@code -nya} the speaker was resolved from), or -1 when unknown
 * @param end    end of that span, or -1
 */
public record Speaker(String name, String entity, int start, int end) {
    public static final Speaker UNKNOWN = new Speaker(null, null, -1, -1);
}
