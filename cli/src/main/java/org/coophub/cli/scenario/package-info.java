/**
 * The seeded 2017 scenario: a pure generator of a year of requests, answers and warrants from one
 * seed ({@link org.coophub.cli.scenario.Scenario}), and its {@link org.coophub.cli.scenario.Backfill}
 * into a running hub through the dispatch service's batch path. Persons, places, firms and assets
 * are fictitious; the situation references are the Court's.
 */
package org.coophub.cli.scenario;
