package id.warta.quotes;

import id.warta.model.Speaker;

/** What attributed a quote, or a phrase of the narration: who speaks (as met in the text), their speaker span and the cue. */
record Found(Who who, Speaker speaker, String cue) {
    static final Found NONE = new Found(null, Speaker.UNKNOWN, null);

    boolean known() {
        return who != null;
    }
}
