package org.relais.knowledge;

/** An edit of the knowledge base refused for a reason the admin can fix (400, 404 or 409). */
public class KnowledgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;

  private KnowledgeException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }

  static KnowledgeException invalid(String field, String message) {
    return new KnowledgeException(400, field, message);
  }

  static KnowledgeException notFound(String id) {
    return new KnowledgeException(404, null, "no intent " + id);
  }

  static KnowledgeException noCenterDetail(String name) {
    return new KnowledgeException(
        404, name, "no center detail " + name + ": add it in French first");
  }

  static KnowledgeException conflict(String message) {
    return new KnowledgeException(409, null, message);
  }
}
