package org.coophub.producer.system;

/** One thing wrong with a request: the JSON path of the field and why. */
public record FieldProblem(String field, String message) implements Comparable<FieldProblem> {

    @Override
    public int compareTo(FieldProblem other) {
        int byField = field.compareTo(other.field);
        return byField != 0 ? byField : message.compareTo(other.message);
    }
}
