import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { json } from '@codemirror/lang-json'
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language'
import { type Diagnostic, forceLinting, linter, lintGutter, lintKeymap } from '@codemirror/lint'
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search'
import { EditorSelection, EditorState } from '@codemirror/state'
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import { tags } from '@lezer/highlight'

/** What the raw request editor needs of CodeMirror: loaded on demand (see RawCodeEditor.tsx). */
export interface JsonEditorHandle {
  setText: (text: string) => void
  /** Moves the cursor to the offset, selects up to `to` and scrolls it into view. */
  reveal: (from: number, to?: number) => void
  /** Re-runs the diagnostics (e.g. after the connection changed). */
  relint: () => void
  focus: () => void
  destroy: () => void
}

export interface JsonEditorOptions {
  /** An element inside a shadow root: CodeMirror's styles go into that root's adopted style sheet. */
  parent: HTMLElement
  root: ShadowRoot
  text: string
  label: string
  onChange: (text: string) => void
  diagnostics: (text: string) => Diagnostic[]
}

/** Colours from the workbench's theme variables (custom properties cross the shadow boundary). */
const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--vscode-editor-foreground)',
    backgroundColor: 'var(--vscode-editor-background)',
    fontSize: 'var(--vscode-font-size)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--vscode-editor-font-family)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--vscode-editor-foreground)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--vscode-editor-foreground)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { backgroundColor: 'var(--vscode-list-activeSelectionBackground)' },
  '.cm-gutters': {
    backgroundColor: 'var(--vscode-editor-background)',
    color: 'var(--vscode-descriptionForeground)',
    border: 'none',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--vscode-list-hoverBackground)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--vscode-editorWidget-background)',
    color: 'var(--vscode-foreground)',
    border: '1px solid var(--vscode-widget-border)',
  },
  '.cm-diagnostic': { padding: '4px 8px', maxWidth: '640px' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--vscode-editorError-foreground)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--vscode-editorWarning-foreground)' },
  '.cm-diagnostic-info': { borderLeftColor: 'var(--vscode-editorInfo-foreground)' },
  '.cm-panels': {
    backgroundColor: 'var(--vscode-editorWidget-background)',
    color: 'var(--vscode-foreground)',
  },
  '.cm-textfield': {
    backgroundColor: 'var(--vscode-input-background)',
    color: 'var(--vscode-input-foreground)',
    border: '1px solid var(--vscode-input-border)',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--vscode-button-secondaryBackground)',
    color: 'var(--vscode-button-secondaryForeground)',
    border: 'none',
  },
  '.cm-matchingBracket': { outline: '1px solid var(--vscode-focusBorder)' },
})

const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--vscode-symbolKey-foreground)' },
  { tag: tags.string, color: 'var(--vscode-symbolString-foreground)' },
  { tag: tags.number, color: 'var(--vscode-symbolNumber-foreground)' },
  { tag: [tags.bool, tags.null], color: 'var(--vscode-symbolKeyword-foreground)' },
  { tag: tags.invalid, color: 'var(--vscode-errorForeground)' },
])

/**
 * CodeMirror 6 with JSON, line numbers, folding, search, lint diagnostics (F8 goes to the next)
 * and undo. Ctrl+Enter is left to the workbench (it sends), so CodeMirror's own binding for it
 * (insert a blank line) is dropped.
 */
export function createJsonEditor(options: JsonEditorOptions): JsonEditorHandle {
  let applying = false
  const view = new EditorView({
    root: options.root,
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        lintGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        json(),
        // Customers' logs are often one long line: wrap it rather than scroll sideways.
        EditorView.lineWrapping,
        syntaxHighlighting(highlight),
        linter((editor) => options.diagnostics(editor.state.doc.toString()), { delay: 250 }),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap.filter((binding) => binding.key !== 'Mod-Enter'),
          ...searchKeymap,
          ...historyKeymap,
          ...foldKeymap,
          ...lintKeymap,
          indentWithTab,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applying) options.onChange(update.state.doc.toString())
        }),
        theme,
      ],
    }),
  })
  return {
    setText: (text) => {
      if (text === view.state.doc.toString()) return
      applying = true
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } })
      applying = false
    },
    reveal: (from, to) => {
      const length = view.state.doc.length
      const anchor = Math.min(from, length)
      view.dispatch({
        selection: EditorSelection.single(anchor, Math.min(to ?? anchor, length)),
        effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
      })
      view.focus()
    },
    relint: () => forceLinting(view),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  }
}
