package id.warta.quotes;

import id.warta.model.Entity;
import id.warta.model.Mention;

/** An entity with one of its mentions in the body. */
record EntityMention(Entity entity, Mention mention) {
}
