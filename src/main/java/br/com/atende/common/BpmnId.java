package br.com.atende.common;

/**
 * A name the code takes from a diagram: an element's id, or a message's name. Each process's
 * contract class lists those it uses as enums of this, each constant spelled exactly as in the
 * diagram, and ProcessContractsTest checks every one is in its BPMN, so renaming an element in
 * Modeler fails a test instead of a running instance.
 */
public interface BpmnId {

  String name();

  /** The id (or message name) as the diagram spells it: the constant's own name. */
  default String id() {
    return name();
  }

  /** The constant of {@code type} with this id, or null (an element the enum does not list). */
  static <E extends Enum<E> & BpmnId> E find(Class<E> type, String id) {
    for (E constant : type.getEnumConstants()) {
      if (constant.id().equals(id)) {
        return constant;
      }
    }
    return null;
  }
}
