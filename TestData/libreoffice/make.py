#!/usr/bin/env python3
"""Writes the flat-ODF sources of the LibreOffice test workbooks and converts them to .xlsx with LibreOffice.

Usage: python3 TestData/libreoffice/make.py   (needs `soffice`, e.g. apt-get install libreoffice-calc)
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Ndate"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:number-style style:name="Neur"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
 <style:style style:name="cedate" style:family="table-cell" style:data-style-name="Ndate"/>
 <style:style style:name="ceeur" style:family="table-cell" style:data-style-name="Neur"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
TAIL = "</office:spreadsheet></office:body></office:document>\n"


def cell(value):
    """A cell from a Python value: str, int/float, ('date', 'YYYY-MM-DD'), ('formula', 'of:=...', cached), ('eur', n), ('merge', text, span), None."""
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, tuple):
        kind = value[0]
        if kind == "date":
            return f'<table:table-cell table:style-name="cedate" office:value-type="date" office:date-value="{value[1]}"><text:p>{value[1]}</text:p></table:table-cell>'
        if kind == "eur":
            return f'<table:table-cell table:style-name="ceeur" office:value-type="float" office:value="{value[1]}"><text:p>{value[1]}</text:p></table:table-cell>'
        if kind == "formula":
            return f'<table:table-cell table:formula="{escape(value[1])}" office:value-type="float" office:value="{value[2]}"><text:p>{value[2]}</text:p></table:table-cell>'
        if kind == "merge":
            span = value[2]
            return (f'<table:table-cell table:number-columns-spanned="{span}" table:number-rows-spanned="1" office:value-type="string"><text:p>{escape(value[1])}</text:p></table:table-cell>'
                    f'<table:covered-table-cell table:number-columns-repeated="{span - 1}"/>')
        raise ValueError(kind)
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def sheet(name, rows):
    out = [f'<table:table table:name="{escape(name)}">']
    for row in rows:
        out.append("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def document(sheets):
    return HEAD + "\n".join(sheet(n, r) for n, r in sheets) + TAIL


CENTRE = [
    ("Structure", [
        [("merge", "Remontée annuelle d'activité 2023", 3)],
        [],
        ["Code structure", "59-LIL-001"],
        ["Année", 2023],
        ["Nom de la structure", "Centre social Les Tilleuls"],
        ["Salariés (personnes)", 12],
        ["Salariés (ETP)", ("formula", "of:=8.5+1.55", 10.05)],
        ["Bénévoles d'activité", 34],
        ["Administrateurs bénévoles", 9],
        ["Familles adhérentes", 210],
    ]),
    ("Rencontres", [
        [("merge", "Rencontres fédérales 2023", 6)],
        [],
        ["Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente"],
        ["AT-LIL-01", ("date", "2023-03-14"), "Assemblée territoriale", 2, 3, "Oui"],
        [None, ("date", "2023-06-20"), "Réunion des directions", 1, 0, "X"],
        ["CONGRES-23", ("date", "2023-11-18"), "Congrès", ("formula", "of:=1+1", 2), 4, "Non"],
    ]),
    ("Dispositifs", [
        ["Dispositif", "Intitulé du projet", "Statut", "Montant accordé (€)", "Financeur", "Habitants participants", "Actions réalisées"],
        ["Santé – nutrition", "Atelier cuisine", "En cours", ("formula", "of:=1200*3", 3600), "CPAM", 45, 12],
        ["Aide aux projets vacances", "Départs familles", "Terminé", ("eur", 2500.5), "ANCV", 18, 3],
        ["Total", None, None, ("formula", "of:=SUM([.D2:.D3])", 6100.5)],
    ]),
]

REFERENCE = [
    ("Paramètres", [["Année", 2023], ["Enveloppe FOSFORA (€)", ("eur", 150000)]]),
    ("Territoires", [
        ["Code AT", "Assemblée territoriale", "Département"],
        ["LIL", "Lille Métropole", "59"],
        ["ART", "Artois", "Pas-de-Calais"],
    ]),
    ("Structures", [
        ["Code structure", "Nom", "Commune", "Département", "Code AT", "Type", "Gestion", "Adhérente"],
        ["59-LIL-001", "Centre social Les Tilleuls", "Lille", 59, "LIL", "CS", "Associatif", "Oui"],
        ["62-ART-002", "EVS du Bassin", "Lens", 62, "ART", "EVS", "Municipal", "Non"],
    ]),
    ("Calendrier", [
        ["Code événement", "Date", "Type", "Code AT", "Intitulé"],
        ["AT-LIL-01", ("date", "2023-03-14"), "Assemblée territoriale", "LIL", "AT de printemps"],
        ["CONGRES-23", ("date", "2023-11-18"), "Congrès", None, "Congrès fédéral"],
    ]),
    ("Catalogue", [
        ["Code action", "Intitulé", "Public", "Groupe FOSFORA", "Ligne FOSFORA", "Séances", "Montant FOSFORA (€)", "Bénévoles hors remontées"],
        ["F-ACC-01", "Accueil des bénévoles", "Bénévoles", "Formation des bénévoles", "Formations Bénévoles", 4, ("eur", 3200), 12],
        ["F-MIX-02", "Animer un collectif", "Mixte", "Formation des bénévoles", "Formations Mixtes", ("formula", "of:=2*3", 6), ("formula", "of:=1250.25*2", 2500.5), 0],
    ]),
]

FORMATIONS_CSV = """Code action;Intitulé;Date;Salariés formés;Bénévoles formés
F-ACC-01;Accueil des bénévoles;2023-05-12;0;6
F-MIX-02;Animer un collectif;2023-10-03;2;3
"""


def convert(source, workdir, infilter=None):
    args = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{workdir}/profile"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", HERE, source]
    subprocess.run(args, check=True)


def main():
    workdir = tempfile.mkdtemp()
    try:
        for name, sheets in (("lo-centre-formules", CENTRE), ("lo-reference-2023", REFERENCE)):
            path = os.path.join(workdir, name + ".fods")
            with open(path, "w", encoding="utf-8") as f:
                f.write(document(sheets))
            convert(path, workdir)
        csv_path = os.path.join(workdir, "lo-formations-csv.csv")
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write(FORMATIONS_CSV)
        # CSV filter options: separator 59 (;), quote 34 ("), charset 76 (UTF-8), first line 1.
        convert(csv_path, workdir, infilter="CSV:59,34,76,1")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
