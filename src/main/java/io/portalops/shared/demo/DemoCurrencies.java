package io.portalops.shared.demo;

/** The currency mix of demo contracts and of the amounts in demo events, mostly euros; every one has a contract rate. */
public final class DemoCurrencies {

    private static final String[] MIX = {"EUR", "EUR", "EUR", "SEK", "SEK", "USD", "GBP", "NOK", "DKK"};

    private DemoCurrencies() {}

    /** The mix, each currency as often as it should occur. */
    public static String[] mix() {
        return MIX.clone();
    }
}
