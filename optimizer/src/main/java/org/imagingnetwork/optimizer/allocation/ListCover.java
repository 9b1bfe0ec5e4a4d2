package org.imagingnetwork.optimizer.allocation;

/**
 * What kind of list a session runs, beyond its exams: a paediatric list (children only), and
 * whether the staff on it can sedate or give a general anaesthetic.
 */
public record ListCover(boolean paediatric, boolean sedation, boolean generalAnaesthetic) {

    public static ListCover standard() {
        return new ListCover(false, false, false);
    }
}
