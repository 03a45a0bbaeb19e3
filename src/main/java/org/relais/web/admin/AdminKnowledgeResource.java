package org.relais.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.knowledge.Handover;
import org.relais.knowledge.IntentKnowledge;
import org.relais.knowledge.KnowledgeBase;
import org.relais.knowledge.KnowledgeEditor;
import org.relais.knowledge.ReadabilityCheck;
import org.relais.knowledge.Wording;
import org.relais.privacy.AuditLog;
import org.relais.web.api.ApiError;
import org.relais.web.api.QueryNumbers;
import org.relais.web.staff.StaffSession;

/** Admins edit intents, answers and the center's details. (ADMIN only: /api/admin/*.) */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminKnowledgeResource {
  @Inject private KnowledgeEditor editor;
  @Inject private KnowledgeBase knowledgeBase;
  @Inject private AuditLog audit;
  @Context private HttpServletRequest request;

  public record NewIntentRequest(String id, String section, Map<String, String> labels) {}

  public record IntentChangeRequest(
      String section,
      String handover,
      String escalateCondition,
      String escalateOn,
      String emergencyNumber,
      List<String> quickReplies,
      Map<String, String> labels) {}

  public record AnswerRequest(
      String answer,
      List<String> sources,
      LocalDate lastVerified,
      String escalateQuestion,
      List<String> escalateKeywords,
      String emergencyLabel) {}

  /**
   * {@code language}: the answer's (optional, French by default); {@code centerDetails}: details
   * being edited, not saved yet (optional).
   */
  public record PreviewRequest(
      String answer, String language, LocalDate lastVerified, Map<String, String> centerDetails) {}

  public record IntentReport(
      String id,
      String section,
      String handover,
      String escalateCondition,
      boolean escalatesOnYes,
      String emergencyNumber,
      List<String> quickReplies,
      Map<String, Wording> texts,
      Map<String, List<ReadabilityCheck.Warning>> warnings,
      boolean retired) {}

  public record WarningsReport(List<ReadabilityCheck.Warning> warnings) {}

  @GET
  @Path("intents")
  @Operation(
      summary = "Every intent in use, with its texts per language and easy-to-read warnings.")
  public List<IntentReport> intents() {
    java.util.Set<String> retired = knowledgeBase.retiredIntents();
    return knowledgeBase.everyIntent().stream()
        .sorted(Comparator.comparing(IntentKnowledge::id))
        .map(i -> report(i, retired.contains(i.id())))
        .toList();
  }

  @GET
  @Path("intents/{id}")
  @Operation(summary = "One intent.")
  public Response intent(@PathParam("id") String id) {
    java.util.Set<String> retired = knowledgeBase.retiredIntents();
    return knowledgeBase.everyIntent().stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .map(i -> Response.ok(report(i, retired.contains(id))).build())
        .orElseGet(() -> ApiError.response(404, "no intent " + id, null));
  }

  @POST
  @Path("intents")
  @Operation(
      summary = "Create an intent (answered by the bot once it has answers and training examples).")
  public Response create(NewIntentRequest request) {
    if (request == null) {
      return ApiError.response(400, "id and labels are required", "id");
    }
    editor.create(request.id(), request.section(), request.labels(), actor());
    return intent(request.id()).getStatus() == 200
        ? Response.status(201).entity(intent(request.id()).getEntity()).build()
        : ApiError.response(500, "created but not found", null);
  }

  @PUT
  @Path("intents/{id}")
  @Operation(
      summary =
          "Rename labels, move to a section, flag escalate / escalate-if / urgent, quick replies.")
  public Response change(@PathParam("id") String id, IntentChangeRequest request) {
    if (request == null) {
      return ApiError.response(400, "nothing to change", null);
    }
    Handover handover;
    try {
      handover =
          request.handover() == null ? null : Handover.valueOf(request.handover().toUpperCase());
    } catch (IllegalArgumentException e) {
      return ApiError.response(400, "handover is NONE, ALWAYS, CONDITIONAL or URGENT", "handover");
    }
    editor.change(
        id,
        new KnowledgeEditor.IntentChange(
            request.section(),
            handover,
            request.escalateCondition(),
            request.escalateOn(),
            request.emergencyNumber(),
            request.quickReplies(),
            request.labels()),
        actor());
    return intent(id);
  }

  @PUT
  @Path("intents/{id}/answers/{language}")
  @Operation(
      summary =
          "Set an answer in a language (with its sources and verification date); returns warnings.")
  public WarningsReport answer(
      @PathParam("id") String id, @PathParam("language") String language, AnswerRequest request) {
    AnswerRequest r =
        request == null ? new AnswerRequest(null, null, null, null, null, null) : request;
    return new WarningsReport(
        editor.answer(
            id,
            language,
            new KnowledgeEditor.AnswerChange(
                r.answer(),
                r.sources(),
                r.lastVerified(),
                r.escalateQuestion(),
                r.escalateKeywords(),
                r.emergencyLabel()),
            actor()));
  }

  @POST
  @Path("intents/{id}/retire")
  @Operation(summary = "Retire an intent: no longer answered.")
  public Response retire(@PathParam("id") String id) {
    editor.retire(id, true, actor());
    return Response.noContent().build();
  }

  @POST
  @Path("intents/{id}/restore")
  @Operation(summary = "Bring a retired intent back.")
  public Response restore(@PathParam("id") String id) {
    editor.retire(id, false, actor());
    return Response.noContent().build();
  }

  @POST
  @Path("answers/preview")
  @Operation(
      summary =
          "An answer as a visitor would read it, with its easy-to-read warnings; nothing is saved.")
  public KnowledgeEditor.Preview preview(PreviewRequest request) {
    PreviewRequest r = request == null ? new PreviewRequest("", null, null, null) : request;
    return editor.preview(r.answer(), r.language(), r.lastVerified(), r.centerDetails());
  }

  @GET
  @Path("center")
  @Operation(summary = "The center's details (the answers' placeholders).")
  public Map<String, String> center() {
    return new TreeMap<>(knowledgeBase.current().centerDetails());
  }

  @PUT
  @Path("center")
  @Operation(
      summary =
          "Change some of the center's details (their French values). A changed value loses its"
              + " translations, which described the old one.")
  public Response changeCenter(Map<String, String> details) {
    if (details == null || details.isEmpty()) {
      return ApiError.response(400, "give at least one detail to change", "details");
    }
    editor.centerDetails(details, actor());
    return Response.ok(center()).build();
  }

  @GET
  @Path("center/translations")
  @Operation(
      summary =
          "The details' values in other languages than French, by language then name; answers"
              + " in a language show the French value of a detail it lacks.")
  public Map<String, Map<String, String>> centerTranslations() {
    Map<String, Map<String, String>> translations = new TreeMap<>();
    knowledgeBase
        .current()
        .centerTranslations()
        .forEach((language, values) -> translations.put(language, new TreeMap<>(values)));
    return translations;
  }

  @PUT
  @Path("center/translations/{language}")
  @Operation(
      summary =
          "Set some details' values in a language other than French; an empty value removes one.")
  public Response translateCenter(
      @PathParam("language") String language, Map<String, String> values) {
    if (values == null || values.isEmpty()) {
      return ApiError.response(400, "give at least one detail to translate", "details");
    }
    editor.centerTranslations(language, values, actor());
    return Response.ok(centerTranslations().getOrDefault(language, Map.of())).build();
  }

  @GET
  @Path("audit")
  @Operation(
      summary =
          "Admin actions, newest first: who, what, when. Pass the last id seen as `before` for the"
              + " next older page.")
  public List<AuditLog.Entry> audit(
      @QueryParam("before") String before, @QueryParam("limit") String limit) {
    return audit.recent(
        QueryNumbers.read(before, "before", 1, Long.MAX_VALUE, Long.MAX_VALUE),
        (int) QueryNumbers.read(limit, "limit", 1, 1000, 200));
  }

  private IntentReport report(IntentKnowledge intent, boolean retired) {
    Map<String, List<ReadabilityCheck.Warning>> warnings = new TreeMap<>();
    intent
        .wordings()
        .forEach(
            (language, wording) -> {
              if (wording.answer() != null) {
                warnings.put(
                    language,
                    editor.preview(wording.answer(), language, wording.lastVerified()).warnings());
              }
            });
    return new IntentReport(
        intent.id(),
        intent.section(),
        intent.handover().name(),
        intent.escalateCondition(),
        intent.escalatesOnYes(),
        intent.emergencyNumber(),
        intent.quickReplies(),
        new TreeMap<>(intent.wordings()),
        warnings,
        retired);
  }

  private String actor() {
    return StaffSession.of(request).orElseThrow().login();
  }
}
