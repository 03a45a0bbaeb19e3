package org.relais.web.worker;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.conversation.Conversation;
import org.relais.conversation.Message;
import org.relais.conversation.Outcome;
import org.relais.helpdesk.CannedReplies;
import org.relais.helpdesk.ConversationDetail;
import org.relais.helpdesk.HelpdeskService;
import org.relais.helpdesk.Label;
import org.relais.helpdesk.WorkerPresence;
import org.relais.knowledge.IntentKnowledge;
import org.relais.knowledge.KnowledgeBase;
import org.relais.platform.json.Jsonp;
import org.relais.staff.StaffMember;
import org.relais.staff.StaffService;
import org.relais.web.api.ApiError;

/**
 * The console's actions on handed-over conversations. (WORKER: web.xml protects /api/helpdesk/*.)
 */
@Path("helpdesk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HelpdeskResource {
  @Inject private HelpdeskService helpdesk;
  @Inject private CannedReplies cannedReplies;
  @Inject private KnowledgeBase knowledgeBase;
  @Inject private WorkerPresence presence;
  @Inject private StaffService staff;
  @Context private jakarta.servlet.http.HttpServletRequest request;

  public record TextRequest(String text) {}

  public record TransferRequest(String to) {}

  public record CloseRequest(String outcome, List<Label> labels) {}

  @GET
  @Path("queue")
  @Operation(
      summary =
          "Waiting conversations (urgent first, then longest waiting), then those workers have.")
  public String queue() {
    return ConsoleFrames.queue(helpdesk.queue());
  }

  @GET
  @Path("conversations/{id}")
  @Operation(summary = "A conversation with its context card, whole history and internal notes.")
  public JsonObject detail(@PathParam("id") long id) {
    ConversationDetail detail = helpdesk.detail(id);
    Conversation conversation = detail.conversation();
    JsonArrayBuilder messages = Jsonp.array();
    detail.messages().forEach(m -> messages.add(ConsoleFrames.message(m)));
    JsonArrayBuilder notes = Jsonp.array();
    detail
        .notes()
        .forEach(
            n ->
                notes.add(
                    Jsonp.object()
                        .add("id", n.note().id())
                        .add("author", n.authorName())
                        .add("text", n.note().text())
                        .add("at", n.note().createdAt().toString())));
    JsonObjectBuilder context =
        Jsonp.object()
            .add("status", conversation.status().name())
            .add("urgent", conversation.isUrgent())
            .add("language", conversation.language())
            .add("startedAt", conversation.createdAt().toString());
    conversation.handoverReason().ifPresent(r -> context.add("reason", r.name()));
    conversation.waitingSince().ifPresent(w -> context.add("waitingSince", w.toString()));
    if (detail.workerLogin() != null) {
      context.add("workerLogin", detail.workerLogin()).add("workerName", detail.workerName());
    }
    return Jsonp.object()
        .add("conversation", conversation.id())
        .add("context", context)
        .add("messages", messages)
        .add("notes", notes)
        .build();
  }

  @POST
  @Path("conversations/{id}/claim")
  @Operation(
      summary = "Take a waiting conversation; 409 names who has it when someone was quicker.")
  public Response claim(@PathParam("id") long id) {
    helpdesk.claim(id, me());
    return Response.ok(detail(id)).build();
  }

  @POST
  @Path("conversations/{id}/messages")
  @Operation(summary = "Send a message to the visitor (own conversations only).")
  public Response send(@PathParam("id") long id, TextRequest request) {
    Message message = helpdesk.send(id, me(), request == null ? null : request.text());
    return Response.status(201).entity(ConsoleFrames.message(message)).build();
  }

  @POST
  @Path("conversations/{id}/notes")
  @Operation(summary = "Add an internal note; the visitor never sees it.")
  public Response note(@PathParam("id") long id, TextRequest request) {
    helpdesk.note(id, me(), request == null ? null : request.text());
    return Response.status(201).entity(detail(id)).build();
  }

  @POST
  @Path("conversations/{id}/release")
  @Operation(summary = "Give the conversation back to the queue, at its original place.")
  public Response release(@PathParam("id") long id) {
    helpdesk.release(id, me());
    return Response.noContent().build();
  }

  @POST
  @Path("conversations/{id}/transfer")
  @Operation(summary = "Hand the conversation to another worker, by login.")
  public Response transfer(@PathParam("id") long id, TransferRequest request) {
    if (request == null || request.to() == null || request.to().isBlank()) {
      return ApiError.response(
          400, "to (the login of the worker who takes over) is required", "to");
    }
    helpdesk.transfer(id, me(), request.to());
    return Response.noContent().build();
  }

  @POST
  @Path("conversations/{id}/close")
  @Operation(
      summary =
          "Close with an outcome (ANSWERED, ORIENTED_ELSEWHERE, CAME_TO_THE_DESK, VISITOR_LEFT) and"
              + " labels {messageId, intent} for the visitor messages the bot got wrong.")
  public Response close(@PathParam("id") long id, CloseRequest request) {
    if (request == null || request.outcome() == null) {
      return ApiError.response(400, "outcome is required", "outcome");
    }
    Outcome outcome;
    try {
      outcome = Outcome.valueOf(request.outcome());
    } catch (IllegalArgumentException e) {
      return ApiError.response(400, "unknown outcome " + request.outcome(), "outcome");
    }
    helpdesk.close(id, me(), outcome, request.labels());
    return Response.noContent().build();
  }

  @GET
  @Path("canned-replies")
  @Operation(summary = "Canned replies in a language.")
  public List<CannedReplyReport> canned(@QueryParam("language") String language) {
    return cannedReplies.inLanguage(language == null ? "fr" : language).stream()
        .map(r -> new CannedReplyReport(r.id(), r.language(), r.title(), r.text(), r.position()))
        .toList();
  }

  @GET
  @Path("intents")
  @Operation(summary = "The intents a visitor message can be labelled with.")
  public List<IntentChoice> intents(@QueryParam("language") String language) {
    String labels = language == null ? "fr" : language;
    return knowledgeBase.current().intents().values().stream()
        .sorted(Comparator.comparing(IntentKnowledge::id))
        .map(i -> new IntentChoice(i.id(), i.label(labels)))
        .toList();
  }

  @GET
  @Path("workers")
  @Operation(summary = "Active workers, and whether a console of theirs is open (for transfers).")
  public List<WorkerReport> workers() {
    return staff.all().stream()
        .filter(StaffMember::isActive)
        .map(
            m ->
                new WorkerReport(
                    m.login(), m.displayName(), presence.onlineLogins().contains(m.login())))
        .toList();
  }

  private String me() {
    return org.relais.web.staff.StaffSession.of(request).orElseThrow().login();
  }

  public record CannedReplyReport(
      long id, String language, String title, String text, int position) {}

  public record IntentChoice(String id, String label) {}

  public record WorkerReport(String login, String displayName, boolean online) {}
}
