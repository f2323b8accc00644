package br.com.atende.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The one login page (pt-BR) for the agent pages and the Camunda webapps. */
@Controller
public class LoginPageController {

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  public String login(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String notice = "";
    if (request.getParameter("error") != null) {
      notice = "<p class=\"error\" role=\"alert\">Usuário ou senha inválidos.</p>";
    } else if (request.getParameter("logout") != null) {
      notice = "<p class=\"info\">Você saiu do Atende.</p>";
    }
    return """
        <!doctype html>
        <html lang="pt-BR"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Entrar — Atende</title>
        <style>
          body{font-family:system-ui,sans-serif;background:#f3f4f8;display:flex;min-height:100vh;margin:0;align-items:center;justify-content:center}
          form{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 2px 8px #0002;width:min(320px,90vw)}
          h1{margin:0 0 1rem;font-size:1.4rem;color:#660099} label{display:block;margin:.8rem 0 .2rem}
          input{width:100%%;padding:.5rem;box-sizing:border-box;font-size:1rem}
          button{margin-top:1.2rem;width:100%%;padding:.6rem;background:#660099;color:#fff;border:0;border-radius:4px;font-size:1rem}
          .error{color:#b00020}.info{color:#1a6b2f}
        </style></head>
        <body><form method="post" action="login">
          <h1>Atende</h1>%s
          <label for="username">Usuário</label><input id="username" name="username" autocomplete="username" autofocus required>
          <label for="password">Senha</label><input id="password" name="password" type="password" autocomplete="current-password" required>
          <input type="hidden" name="%s" value="%s">
          <button type="submit">Entrar</button>
        </form></body></html>
        """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
  }
}
