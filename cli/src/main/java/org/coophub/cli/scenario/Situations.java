package org.coophub.cli.scenario;

import java.util.List;

/**
 * The situations the scenario's requests and warrants refer to (references as the Court numbers
 * them), with the States Parties concerned and their neighbours among the parties of 2017. Case
 * numbers built from them ({@code -90/07} and above) are fictitious.
 */
final class Situations {

    /**
     * @param country the State Party where it unfolds, or null (a referral concerning a non-party)
     * @param neighbours States Parties close by, asked for identification, transit and arrest
     * @param weight its share of the requests not addressed to a situation country
     * @param since the year it opened (warrants are issued from then on)
     */
    record Situation(String reference, String country, List<String> neighbours, double weight, int since) {}

    static final List<Situation> ALL = List.of(
            new Situation("ICC-01/04", "COD", List.of("UGA", "ZMB", "TZA", "COG", "CAF"), 0.20, 2004),
            new Situation("ICC-02/04", "UGA", List.of("KEN", "TZA", "COD"), 0.10, 2005),
            new Situation("ICC-02/05", null, List.of("TCD", "CAF"), 0.12, 2005),
            new Situation("ICC-01/05", "CAF", List.of("TCD", "COG", "COD"), 0.07, 2007),
            new Situation("ICC-01/09", "KEN", List.of("UGA", "TZA"), 0.05, 2010),
            new Situation("ICC-01/11", null, List.of("TUN", "NER", "TCD", "MLT"), 0.10, 2011),
            new Situation("ICC-02/11", "CIV", List.of("GHA", "LBR", "GIN", "BFA", "MLI"), 0.12, 2011),
            new Situation("ICC-01/12", "MLI", List.of("SEN", "NER", "BFA", "GIN", "CIV"), 0.10, 2012),
            new Situation("ICC-01/14", "CAF", List.of("TCD", "COG", "COD"), 0.08, 2014),
            new Situation("ICC-01/15", "GEO", List.of(), 0.06, 2016));

    private Situations() {}
}
