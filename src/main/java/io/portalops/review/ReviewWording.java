package io.portalops.review;

/** Counts in words with the right plural ("1 revoke task", "2 revoke tasks"), for the campaign page and its messages. */
public final class ReviewWording {

    private ReviewWording() {}

    /** {@code n} and {@code one} when n is 1 (or -1), otherwise {@code many}: "1 access", "0 accesses". */
    public static String count(long n, String one, String many) {
        return n + " " + (Math.abs(n) == 1 ? one : many);
    }
}
