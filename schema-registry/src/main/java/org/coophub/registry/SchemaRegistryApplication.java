package org.coophub.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The CoopHub schema registry: a Confluent-compatible REST API over a compacted Kafka topic. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchemaRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchemaRegistryApplication.class, args);
    }
}
