package br.com.atende.quote;

import br.com.atende.security.AtendeUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Quotes on /api: made for a client, downloaded as the PDF sent to them. */
@RestController
public class QuoteController {

  private final QuoteService quotes;

  public QuoteController(QuoteService quotes) {
    this.quotes = quotes;
  }

  @PostMapping("/api/clients/{id}/quotes")
  @ResponseStatus(HttpStatus.CREATED)
  public QuoteService.Created create(@PathVariable Long id, @RequestBody QuoteService.NewQuote request,
      Authentication authentication) {
    return quotes.create(id, request, AtendeUser.of(authentication));
  }

  /** Inline, so the browser opens it; the file name is the quote's code. */
  @GetMapping("/api/quotes/{code}/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String code, Authentication authentication) {
    QuoteService.Pdf pdf = quotes.pdf(code, AtendeUser.of(authentication));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
        .body(pdf.content());
  }
}
