/**
 * The dashboard: a Kafka Streams application that folds the hub's topics into request lifecycles,
 * outstanding warrants and the directory, and shows them to the managers of the court.
 */
package org.coophub.dashboard;
