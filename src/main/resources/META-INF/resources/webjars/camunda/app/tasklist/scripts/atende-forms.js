// Atende, loaded by config.js (customScripts): what agents read inside Tasklist's forms in pt-BR,
// and seed 001's "Adicionar script". Tasklist 7.24 embeds form-js 16 with `new Form({container})`:
// no modules, and form-js 16 writes its messages in English with no translation hook
// (bpmn-io/form-js#77, #443). So this script replaces those texts where form-js puts them, and
// only there: a lead named "Select" stays "Select".

/** form-js 16's own texts (Validator, Select, Datetime) → pt-BR. */
const MESSAGES = [
  [/^Field is required\.$/, 'Campo obrigatório.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Informe pelo menos $1 caracteres.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Informe no máximo $1 caracteres.'],
  [/^Field must have minimum value of (.+)\.$/, 'O valor mínimo é $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'O valor máximo é $1.'],
  [/^Field must match pattern .+\.$/, 'Formato inválido.'],
  [/^Field must be a valid email\.$/, 'Informe um e-mail válido.'],
  [/^Field must be a valid {1,2}international phone number\..*$/, 'Informe um telefone internacional válido (ex.: +5562999990000).'],
  [/^Value is not a number\.$/, 'O valor não é um número.'],
  [/^Value is expected to be an integer\.$/, 'Informe um número inteiro.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Informe no máximo $1 casas decimais.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'Valor inválido; os mais próximos são $1 e $2.'],
  [/^Date and time must both be entered\.$/, 'Informe a data e o horário.'],
  [/^Select$/, 'Selecione'],
  [/^Search$/, 'Pesquisar'],
  [/^No results$/, 'Nenhum resultado'],
  [/^Clear$/, 'Limpar'],
  [/^Remove item$/, 'Remover item'],
  [/^Add new$/, 'Adicionar'],
  [/^Date$/, 'Data'],
  [/^Time$/, 'Horário'],
  [/^mm\/dd\/yyyy$/, 'mm/dd/aaaa']
];

/** Where form-js writes its own words: errors, the select's placeholder, an empty list. */
const TEXT_PLACES = '.fjs-form-field-error, .fjs-select-placeholder, .fjs-dropdownlist-empty, .fjs-form-field-label';
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function translated(text) {
  const trimmed = text.trim();
  for (const [english, portuguese] of MESSAGES) {
    if (english.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(english, portuguese));
    }
  }
  return null;
}

function translateIn(container) {
  for (const place of container.querySelectorAll(TEXT_PLACES)) {
    const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const pt = translated(node.data);
      if (pt !== null && pt !== node.data) node.data = pt;
    }
  }
  for (const element of container.querySelectorAll('[placeholder], [title], [aria-label]')) {
    for (const attribute of ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      const pt = value && translated(value);
      if (pt && pt !== value) element.setAttribute(attribute, pt);
    }
  }
}

// Seed 001: "o botão Adicionar script copia o texto do campo Script para o campo Conversa". The
// attendance form marks its script (the chosen action type's) with .atende-script; the button puts
// it in the conversation the way typing would, so form-js keeps it and Tasklist submits it.
const CONVERSATION = 'textarea[id$="-Field_Conversation"]';

function addScriptButton(container) {
  const conversation = container.querySelector(CONVERSATION);
  const field = conversation && conversation.closest('.fjs-form-field');
  if (!field || field.querySelector('.atende-add-script')) return;
  if (conversation.dataset.atendeInitial === undefined) conversation.dataset.atendeInitial = conversation.value;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-default btn-sm atende-add-script';
  button.textContent = 'Adicionar script';
  button.title = 'Copia o roteiro do tipo de ação escolhido para o registro da conversa';
  button.addEventListener('click', () => insertScript(container, conversation));
  // Last in the field: form-js (Preact) keeps its own children in order before it.
  field.appendChild(button);
}

function insertScript(container, conversation) {
  const source = container.querySelector('.atende-script');
  const script = source ? source.innerText.trim() : '';
  if (!script) return;
  const current = conversation.value;
  // The opening script the task started with, untouched, or nothing: the script replaces it.
  // Anything the agent wrote stays, and the script follows it.
  const untouched = current.trim() === '' || current === conversation.dataset.atendeInitial;
  conversation.value = untouched ? script : current.replace(/\s+$/, '') + '\n\n' + script;
  conversation.dispatchEvent(new Event('input', { bubbles: true }));
  conversation.focus();
}

let scheduled = false;

function refresh() {
  scheduled = false;
  for (const container of document.querySelectorAll('.fjs-container')) {
    translateIn(container);
    addScriptButton(container);
  }
}

new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(refresh);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ATTRIBUTES });
refresh();
