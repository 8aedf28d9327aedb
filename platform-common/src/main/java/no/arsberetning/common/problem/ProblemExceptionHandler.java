package no.arsberetning.common.problem;

import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.limits.BodySizeLimitFilter;
import no.arsberetning.common.locking.PreconditionFailedException;
import no.arsberetning.common.locking.PreconditionRequiredException;
import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.common.imports.TabularFileException;
import no.arsberetning.common.restatements.UnacceptedRestatementsException;
import no.arsberetning.common.tables.ImportRejectedException;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.workflow.WorkflowConflictException;
import no.arsberetning.common.years.YearConflictException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of a servlet service as an RFC 9457 problem document; bad input names its fields. */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidFields(errors));
    }

    /** A chunked body read past the limit ({@link BodySizeLimitFilter}) is 413, not a 400 about its JSON. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodySizeLimitFilter.BodyTooLargeException tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.payloadTooLarge(tooLarge.limit()));
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.payloadTooLarge(ex.getMaxUploadSize()));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException ex) {
        BodySizeLimitFilter.BodyTooLargeException tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.payloadTooLarge(tooLarge.limit()));
        }
        String detail = "Opplastingen kunne ikke leses (multipart/form-data).";
        return ResponseEntity.badRequest().body(Problems.unreadableFile(detail, List.of(new FieldProblem("file", detail))));
    }

    private static BodySizeLimitFilter.BodyTooLargeException tooLarge(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-write", ex.getMessage());
        problem.setTitle("Utdatert versjon");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(ex.currentETag()).body(problem);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", ex.getMessage());
        problem.setTitle("If-Match mangler");
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException ex) {
        HttpStatus status = switch (ex.reason()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case LOCKED -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = Problems.of(status, "import-rejected", ex.getMessage());
        problem.setTitle("Importen ble avvist");
        problem.setProperty("errors", ex.problems());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(TabularFileException.class)
    ResponseEntity<ProblemDetail> unreadableFile(TabularFileException ex) {
        List<FieldProblem> problems = ex.problems().isEmpty() ? List.of(new FieldProblem("file", ex.getMessage())) : ex.problems();
        return ResponseEntity.badRequest().body(Problems.unreadableFile(ex.getMessage(), problems));
    }

    @ExceptionHandler(TableStore.InvalidCellException.class)
    ResponseEntity<ProblemDetail> invalidCell(TableStore.InvalidCellException ex) {
        return ResponseEntity.badRequest().body(Problems.invalidFields(List.of(new FieldProblem("text", ex.getMessage()))));
    }

    @ExceptionHandler(UnacceptedRestatementsException.class)
    ResponseEntity<ProblemDetail> unacceptedRestatements(UnacceptedRestatementsException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, UnacceptedRestatementsException.TYPE, ex.getMessage());
        problem.setTitle("Tall for året før er endret");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(WorkflowConflictException.class)
    ResponseEntity<ProblemDetail> conflict(WorkflowConflictException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "workflow-conflict", ex.getMessage());
        problem.setTitle("Ikke tillatt nå");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(YearConflictException.class)
    ResponseEntity<ProblemDetail> yearConflict(YearConflictException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "year-conflict", ex.getMessage());
        problem.setTitle("Året kan ikke åpnes slik");
        problem.setProperty("reason", ex.reason());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
        problem.setTitle("Finnes ikke");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.forbidden(ex.getMessage()));
    }
}
