package org.relais.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.training.ExampleSource;
import org.relais.training.ExampleStatus;
import org.relais.training.TrainingExample;
import org.relais.training.TrainingExamples;
import org.relais.training.TrainingException;
import org.relais.web.api.QueryNumbers;
import org.relais.web.staff.StaffSession;

/** Admins review training examples. (ADMIN only: /api/admin/*.) */
@Path("admin/training/examples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminTrainingResource {
  @Inject private TrainingExamples examples;
  @Context private HttpServletRequest request;

  public record ExampleReport(
      long id,
      String text,
      String intent,
      String language,
      String status,
      String source,
      String predicted,
      Instant createdAt) {
    static ExampleReport of(TrainingExample e) {
      return new ExampleReport(
          e.id(),
          e.text(),
          e.intent(),
          e.language(),
          e.status().name(),
          e.source().name(),
          e.predicted(),
          e.createdAt());
    }
  }

  public record PageReport(List<ExampleReport> examples, Map<ExampleStatus, Long> counts) {}

  public record SelectionRequest(List<Long> ids, String intent) {}

  public record NewExampleRequest(String text, String intent, String language) {}

  public record ChangedReport(int changed) {}

  @GET
  @Operation(
      summary =
          "Examples, newest first, filtered by status (INBOX, VALIDATED, IN_MODEL, REJECTED),"
              + " intent, language and source (HELPDESK, UNSURE, IMPORT, CORPUS, ADMIN).")
  public PageReport page(
      @QueryParam("status") String status,
      @QueryParam("intent") String intent,
      @QueryParam("language") String language,
      @QueryParam("source") String source,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    TrainingExamples.Filter filter =
        new TrainingExamples.Filter(
            parse(ExampleStatus.class, status, "status"),
            blankToNull(intent),
            blankToNull(language),
            parse(ExampleSource.class, source, "source"));
    List<ExampleReport> page =
        examples
            .page(
                filter,
                (int) QueryNumbers.read(offset, "offset", 0, Integer.MAX_VALUE, 0),
                (int) QueryNumbers.read(limit, "limit", 1, 500, 100))
            .stream()
            .map(ExampleReport::of)
            .toList();
    return new PageReport(page, examples.countsByStatus());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new TrainingException(
          400, field, field + " is one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @POST
  @Path("validate")
  @Operation(summary = "Validate examples: they go into the next build.")
  public ChangedReport validate(SelectionRequest selection) {
    return new ChangedReport(examples.validate(ids(selection), actor()));
  }

  @POST
  @Path("reject")
  @Operation(summary = "Reject examples: they never go into a build.")
  public ChangedReport reject(SelectionRequest selection) {
    return new ChangedReport(examples.reject(ids(selection), actor()));
  }

  @POST
  @Path("relabel")
  @Operation(summary = "Give examples another intent (oos for out of scope).")
  public ChangedReport relabel(SelectionRequest selection) {
    return new ChangedReport(
        examples.relabel(ids(selection), selection == null ? null : selection.intent(), actor()));
  }

  @POST
  @Operation(summary = "Add an example by hand (validated at once; personal data is redacted).")
  public ExampleReport add(NewExampleRequest example) {
    NewExampleRequest e = example == null ? new NewExampleRequest(null, null, null) : example;
    return ExampleReport.of(examples.add(e.text(), e.intent(), e.language(), actor()));
  }

  private static List<Long> ids(SelectionRequest selection) {
    return selection == null ? null : selection.ids();
  }

  private String actor() {
    return StaffSession.of(request).orElseThrow().login();
  }
}
