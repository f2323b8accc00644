package br.com.atende.quote;

import br.com.atende.client.Client;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Days;
import br.com.atende.common.Money;
import br.com.atende.common.Phones;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The quote as the document the client receives ("documento bonitinho"), drawn by OpenPDF. */
@Component
public class QuotePdf {

  private static final Color BRAND = new Color(0x1F, 0x4E, 0x79);
  private static final Color LIGHT = new Color(0xE8, 0xEF, 0xF7);
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, BRAND);
  private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, BRAND);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font HEADER = new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.GRAY);

  private final String company;

  public QuotePdf(@Value("${atende.company-name:Atende}") String company) {
    this.company = company;
  }

  public byte[] render(Quote quote, Client client, String sellerName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter.getInstance(document, out);
    document.addTitle("Orçamento " + quote.getCode());
    document.addAuthor(company);
    document.open();

    PdfPTable header = new PdfPTable(new float[] {3, 2});
    header.setWidthPercentage(100);
    header.addCell(borderless(new Phrase(company, TITLE), Element.ALIGN_LEFT));
    header.addCell(borderless(new Phrase("Orçamento " + quote.getCode() + "\nEmitido em "
        + BusinessTime.formatBrazilian(quote.getCreatedAt()), BOLD), Element.ALIGN_RIGHT));
    document.add(header);
    document.add(new Paragraph(" "));

    document.add(new Paragraph("Cliente", HEADING));
    document.add(new Paragraph(client.getName(), BOLD));
    StringBuilder contacts = new StringBuilder(Phones.display(client.getPhone()));
    if (client.getCpfCnpj() != null) {
      contacts.append("  ·  CPF/CNPJ ").append(client.getCpfCnpj());
    }
    if (client.getEmail() != null) {
      contacts.append("  ·  ").append(client.getEmail());
    }
    document.add(new Paragraph(contacts.toString(), TEXT));
    document.add(new Paragraph(" "));

    PdfPTable items = new PdfPTable(new float[] {6, 1.2f, 2.2f, 2.2f});
    items.setWidthPercentage(100);
    items.setHeaderRows(1);
    for (String title : new String[] {"Produto / serviço", "Qtd.", "Valor unitário", "Subtotal"}) {
      PdfPCell cell = cell(new Phrase(title, HEADER), title.startsWith("Produto") ? Element.ALIGN_LEFT
          : Element.ALIGN_RIGHT);
      cell.setBackgroundColor(BRAND);
      items.addCell(cell);
    }
    boolean shaded = false;
    for (QuoteItem item : quote.getItems()) {
      Color background = shaded ? LIGHT : Color.WHITE;
      items.addCell(shade(cell(new Phrase(item.getProduct(), TEXT), Element.ALIGN_LEFT), background));
      items.addCell(shade(cell(new Phrase(String.valueOf(item.getQuantity()), TEXT), Element.ALIGN_RIGHT), background));
      items.addCell(shade(cell(new Phrase(Money.format(item.getUnitPrice()), TEXT), Element.ALIGN_RIGHT), background));
      items.addCell(shade(cell(new Phrase(Money.format(item.subtotal()), TEXT), Element.ALIGN_RIGHT), background));
      shaded = !shaded;
    }
    PdfPCell totalLabel = cell(new Phrase("Total", BOLD), Element.ALIGN_RIGHT);
    totalLabel.setColspan(3);
    items.addCell(totalLabel);
    items.addCell(cell(new Phrase(Money.format(quote.getTotal()), BOLD), Element.ALIGN_RIGHT));
    document.add(items);
    document.add(new Paragraph(" "));

    Paragraph validity = new Paragraph();
    validity.add(new Chunk("Válido até ", TEXT));
    validity.add(new Chunk(Days.format(quote.getValidUntil()), BOLD));
    document.add(validity);
    if (quote.getNotes() != null) {
      document.add(new Paragraph(" "));
      document.add(new Paragraph("Observações", HEADING));
      document.add(new Paragraph(quote.getNotes(), TEXT));
    }
    document.add(new Paragraph(" "));
    document.add(new Paragraph("Vendedor: " + sellerName, TEXT));
    document.add(new Paragraph(" "));
    document.add(new Paragraph("Valores em reais (R$). Dúvidas ou para contratar, responda a este e-mail ou fale com "
        + "o seu vendedor.", SMALL));
    document.close();
    return out.toByteArray();
  }

  private static PdfPCell borderless(Phrase phrase, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(alignment);
    return cell;
  }

  private static PdfPCell cell(Phrase phrase, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setPadding(5);
    cell.setBorderColor(Color.LIGHT_GRAY);
    cell.setHorizontalAlignment(alignment);
    return cell;
  }

  private static PdfPCell shade(PdfPCell cell, Color background) {
    cell.setBackgroundColor(background);
    return cell;
  }
}
