package org.hearth.web;

import org.hearth.shared.PreconditionRequiredException;
import org.hearth.shared.StaleEditException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem+json for the JSON API, naming the field when input is refused. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        return invalid(e.problems(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = fieldOf(e);
        return invalid(List.of(new FieldProblem(field, field.isEmpty() ? "The request body is not valid JSON"
                : "The value is not of the right type or format (dates are yyyy-mm-dd)")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getName().equals("id")) {
            return problem(HttpStatus.NOT_FOUND, "No record has that id", request, Map.of());
        }
        return invalid(List.of(new FieldProblem(e.getName(), "The value is not of the right type")), request);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request, Map.of());
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ProblemDetail> stale(StaleEditException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.PRECONDITION_FAILED, e.getMessage(), request,
                Map.of("currentVersion", e.currentVersion()));
        return ResponseEntity.status(response.getStatusCode()).eTag("\"" + e.currentVersion() + "\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, e.getMessage(), request, Map.of());
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems, HttpServletRequest request) {
        String detail = problems.isEmpty() ? "The request is not valid"
                : problems.get(0).field() + ": " + problems.get(0).message();
        return problem(HttpStatus.BAD_REQUEST, detail, request, Map.of("errors", problems));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof tools.jackson.databind.DatabindException databind) {
            return databind.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                    : String.valueOf(ref.getIndex())).reduce((a, b) -> a + "." + b).orElse("");
        }
        return "";
    }
}
