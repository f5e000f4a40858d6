package org.coophub.producer.system;

import java.util.List;

/** A request that may not be dispatched, with every reason at once (answered 400). */
public class RequestRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public RequestRejected(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the request");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
