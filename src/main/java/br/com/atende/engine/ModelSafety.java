package br.com.atende.engine;

import br.com.atende.common.UserFacingException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Deploying a model is deploying code, so a deployed file may only do what today's models do: name
 * the application's delegates and listeners and read variables. It refuses, with a pt-BR message,
 * scripts (and camunda:class) unless scripts are enabled, any expression that calls a method or an
 * unknown function, reaches the engine through execution/task/..., or uses bracket access, and any
 * file that is not a model, a form or an image. XML is read with StAX and no DTD at all.
 */
public final class ModelSafety {

  private static final List<String> BPMN = List.of(".bpmn", ".bpmn20.xml");
  private static final List<String> DMN = List.of(".dmn", ".dmn11.xml");
  private static final List<String> CMMN = List.of(".cmmn", ".cmmn10.xml", ".cmmn11.xml");
  /** Forms (form-js JSON) and diagram images; HTML, JS and SVG would run in a Tasklist user's browser. */
  private static final List<String> IMAGES = List.of(".png", ".jpg", ".jpeg", ".gif");

  /** Camunda's own functions, which only read the clock and the current user. */
  static final Set<String> ALLOWED_FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  /** Roots that hand a model the engine itself (services, identity, any variable of any instance). */
  static final Set<String> FORBIDDEN_ROOTS = Set.of("execution", "task", "caseExecution", "externalTask",
      "variableScope", "processEngine", "processEngineServices");

  private static final Pattern FEEL = Pattern.compile("(?i)feel|https?://www\\.omg\\.org/spec/(dmn/\\d+/)?feel/?(\\d+/?)?");
  private static final int SHOWN = 120;

  private final boolean scriptsEnabled;
  private final XMLInputFactory xml;

  public ModelSafety(boolean scriptsEnabled) {
    this.scriptsEnabled = scriptsEnabled;
    this.xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** Whether a deployed file is a decision table (DMN). */
  static boolean isDecision(String resourceName) {
    return endsWithAny(resourceName.toLowerCase(Locale.ROOT), DMN);
  }

  /** Throws a pt-BR 400 naming the file and what in it is not allowed. */
  public void check(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    boolean dmn = endsWithAny(name, DMN);
    if (dmn || endsWithAny(name, BPMN) || endsWithAny(name, CMMN)) {
      checkModel(resourceName, content, dmn);
    } else if (endsWithAny(name, IMAGES)) {
      // The engine serves a deployed file to any form that names it: an "image" must be one.
      if (!isImage(content)) {
        throw refusal(resourceName, "não é uma imagem PNG, JPEG ou GIF");
      }
    } else if (!name.endsWith(".form")) {
      throw refusal(resourceName, "não é aceito numa implantação; envie apenas modelos BPMN, DMN ou CMMN, "
          + "formulários (.form) e imagens");
    }
  }

  private static boolean isImage(byte[] content) {
    return startsWith(content, 0x89, 'P', 'N', 'G') || startsWith(content, 0xFF, 0xD8, 0xFF)
        || startsWith(content, 'G', 'I', 'F', '8');
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private void checkModel(String resource, byte[] content, boolean dmn) {
    try {
      XMLStreamReader reader = xml.createXMLStreamReader(new ByteArrayInputStream(content));
      try {
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw refusal(resource, "não pode ter DOCTYPE nem entidades");
          } else if (event == XMLStreamConstants.START_ELEMENT) {
            checkElement(resource, reader, dmn);
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            checkExpressions(resource, reader.getText());
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw refusal(resource, "não é um XML válido");
    }
  }

  private void checkElement(String resource, XMLStreamReader reader, boolean dmn) {
    String element = reader.getLocalName();
    if (!scriptsEnabled && (element.equals("scriptTask") || element.equals("script"))) {
      throw refusal(resource, "tem um script (" + element + "); scripts não são permitidos nos modelos");
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String attribute = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      String namespace = reader.getAttributeNamespace(i);
      if (!scriptsEnabled) {
        boolean script = attribute.equals("language") || attribute.equals("scriptFormat")
            || (dmn && attribute.equals("expressionLanguage") && !FEEL.matcher(value.trim()).matches());
        if (script) {
          throw refusal(resource, "usa a linguagem \"" + shown(value) + "\" em " + element
              + "; nos modelos só são permitidas expressões (e FEEL nas decisões)");
        }
        boolean javaClass = namespace != null && !namespace.isEmpty()
            && (attribute.equals("class") || attribute.endsWith("Class"));
        if (javaClass) {
          throw refusal(resource, "usa uma classe Java (" + shown(value) + "); use um delegate da aplicação "
              + "por delegateExpression");
        }
      }
      // A formKey (embedded:, app:, deployment:) makes Tasklist load and run an HTML page in the
      // user's session; our user tasks use Camunda Forms (formRef), which hold no script.
      if (attribute.equals("formKey") || attribute.equals("formHandlerClass")) {
        throw refusal(resource, "usa um formKey (" + shown(value) + ") em " + element
            + "; as tarefas usam formulários Camunda Forms (formRef)");
      }
      checkExpressions(resource, value);
    }
  }

  /** Every ${…} and #{…} in a text or attribute value. */
  private static void checkExpressions(String resource, String text) {
    for (int start = nextExpression(text, 0); start >= 0; ) {
      int end = expressionEnd(text, start + 2);
      String expression = text.substring(start, end < 0 ? text.length() : end + 1);
      String problem = end < 0 ? "não termina" : problem(text.substring(start + 2, end));
      if (problem != null) {
        throw refusal(resource, "tem a expressão " + shown(expression) + ", que " + problem
            + "; as expressões só podem ler variáveis e nomear os delegates da aplicação");
      }
      start = nextExpression(text, end + 1);
    }
  }

  private static int nextExpression(String text, int from) {
    int dollar = text.indexOf("${", from);
    int hash = text.indexOf("#{", from);
    return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
  }

  /** The closing brace, skipping string literals; -1 when there is none. */
  private static int expressionEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = stringEnd(text, i);
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private static int stringEnd(String text, int quote) {
    char delimiter = text.charAt(quote);
    for (int i = quote + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == delimiter) {
        return i;
      }
    }
    return text.length();
  }

  /** What is wrong with an expression body (pt-BR, completes "a expressão X, que …"), or null. */
  static String problem(String body) {
    char previous = 0;
    for (int i = 0; i < body.length(); ) {
      char c = body.charAt(i);
      if (c == '\'' || c == '"') {
        i = stringEnd(body, i) + 1;
        previous = c;
      } else if (c == '[') {
        return "acessa por colchetes";
      } else if (Character.isDigit(c)) {
        while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '.')) {
          i++;
        }
        previous = '0';
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i;
        while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
          end++;
        }
        String identifier = body.substring(i, end);
        boolean member = previous == '.';
        boolean prefixed = i >= 2 && body.charAt(i - 1) == ':' && Character.isJavaIdentifierPart(body.charAt(i - 2));
        int next = end;
        while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
          next++;
        }
        boolean call = next < body.length() && body.charAt(next) == '(';
        if (call && (member || prefixed || !ALLOWED_FUNCTIONS.contains(identifier))) {
          return "chama " + identifier + "()";
        }
        if (!member && !prefixed && FORBIDDEN_ROOTS.contains(identifier)) {
          return "usa " + identifier;
        }
        if (identifier.equals("class") || identifier.equals("getClass")) {
          return "usa " + identifier;
        }
        i = end;
        previous = 'a';
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
    return null;
  }

  private static boolean endsWithAny(String name, List<String> suffixes) {
    return suffixes.stream().anyMatch(name::endsWith);
  }

  private static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private static UserFacingException refusal(String resource, String problem) {
    return UserFacingException.badRequest("O arquivo " + resource + " " + problem + ".");
  }
}
