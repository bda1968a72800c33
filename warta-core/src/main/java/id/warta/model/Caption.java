package id.warta.model;

/** An image caption split out of the body ({@code Foto: ...}), with its credit when given. */
public record Caption(String text, String credit) {
}
