package se.kompetenslaget.common;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The representation of the last value asked for, written again only when another value (by identity) comes. */
public final class RepresentationCache {

    private record Held(Object source, Representation representation) {
    }

    private volatile Held held;

    public Representation of(ObjectMapper json, Object source) {
        Held current = held;
        if (current != null && current.source() == source) {
            return current.representation();
        }
        Representation representation = Representation.of(json, source);
        held = new Held(source, representation);
        return representation;
    }
}
