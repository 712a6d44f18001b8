"""Pay and bank: salary history (restricted), salary expectations (allowed), bank details.

Legal catalogue §7 and §10. History means what the candidate earns or earned (current salary,
payslips, last CTC); expectation means what they want. A bare "Salary" is read as an expectation,
except inside an employment-history block, where ``formaudit.classify.context`` turns it into
history (the employer asks what each past job paid).
"""

from __future__ import annotations

from formaudit.categories import Category
from formaudit.classify.vocabulary.base import Phrase, Where, alt

HISTORY = Category.SALARY_HISTORY
EXPECTATION = Category.SALARY_EXPECTATION
BANK = Category.BANK_DETAILS

BARE_SALARY_RULE = "bare_salary"

PHRASES: tuple[Phrase, ...] = (
    Phrase(HISTORY, "current_pay", alt(
        r"(?:current|present|previous|prior|last|past|former|most recent|existing|actual|latest)"
        r" (?:\w+ ){0,2}(?:salary|salaries|pay|compensation|remuneration|wages?|earnings|income|ctc"
        r"|package|hourly rate|day rate|rate of pay|bonus)",
        r"(?:salary|pay|compensation|earnings|wage) history",
        r"(?:starting|ending|final|leaving) (?:salary|pay|wage|rate)",
        r"pay ?slips?",
        r"pay ?stubs?",
        r"salary (?:slips?|certificates?|statements?)",
        r"proof of (?:salary|income|earnings)",
        r"w ?2",
        r"p60",
        r"last drawn",
        r"drawn salary",
        r"salary (?:at|in|with) (?:your )?(?:current|previous|last) (?:job|employer|company|role|position)",
        r"(?:paid|earn\w*|make|making) (?:\w+ ){0,3}(?:current|last|previous|present|former)"
        r" (?:role|job|position|employer|company)",
        r"currently (?:earn\w*|paid|making)",
        r"how much do you (?:currently )?(?:earn|make)",
    )),
    Phrase(HISTORY, "current_pay_de", alt(
        r"(?:aktuell|derzeitig|bisherig|letzt|jetzig|gegenwartig|momentan)\w* (?:\w+ )?"
        r"(?:jahres|monats)?(?:brutto|netto)?(?:jahres|monats)?(?:gehalt|einkommen|verdienst|vergutung|lohn|bezuge)\w*",
        r"gehaltsnachweis\w*",
        r"gehaltsabrechnung\w*",
        r"lohnabrechnung\w*",
        r"verdienstbescheinigung\w*",
        r"entgeltabrechnung\w*",
        r"gehaltshistorie",
        r"verdienen sie (?:derzeit|aktuell|momentan|zurzeit|im moment)",
        r"lohnzettel",
    )),
    Phrase(HISTORY, "current_pay_fr_es_nl", alt(
        r"(?:salaire|remuneration|paie|revenu)s? (?:\w+ ){0,4}"
        r"(?:actuel\w*|precedent\w*|anterieur\w*|percu\w*)",
        r"(?:dernier|derniere|ancien|ancienne)s? (?:\w+ )?(?:salaire|remuneration|paie)",
        r"bulletins? de (?:salaire|paie)",
        r"fiches? de paie",
        r"(?:salario|sueldo|retribucion|remuneracion|ingresos)s? (?:\w+ ){0,5}"
        r"(?:actual|anterior|previo|percibido)",
        r"(?:ultimo|ultima) (?:salario|sueldo|retribucion|nomina)",
        r"nominas?",
        r"(?:cuanto|que) gana (?:usted )?(?:actualmente|ahora)",
        r"verdien(?:t u|t je|en jullie|) (?:\w+ )?"
        r"(?:op dit moment|momenteel|nu|op het moment|op dit ogenblik)",
        r"recibos? de (?:sueldo|nomina|salario)",
        r"(?:huidig|vorig|laatst|actueel|tegenwoordig)\w* (?:\w+ ){0,2}"
        r"(?:salaris|loon|maandsalaris|jaarsalaris|inkomen|beloning|brutosalaris|nettosalaris)",
        r"laatst verdiende loon",
        r"salarisstro(?:o)?k\w*",
        r"loonstro(?:o)?k\w*",
        r"salarishistorie",
    )),
    Phrase(HISTORY, "ident", r"currentsalary|lastsalary|previoussalary|lastctc|currentctc|payslip\w*",
           where=Where.IDENT),
    Phrase(EXPECTATION, "expectation", alt(
        r"salary expectations?",
        r"expected (?:\w+ )?(?:salary|compensation|pay|ctc|remuneration|rate|wage|package)",
        r"desired (?:\w+ )?(?:salary|pay|compensation|rate|wage|remuneration)",
        r"(?:salary|pay|wage|compensation) desired",
        r"salary requirements?",
        r"(?:compensation|pay|wage|rate) expectations?",
        r"what (?:salary|compensation|pay) (?:are|do|would) you",
        r"salary (?:are|do|would) you (?:looking|expect|want)",
        r"target (?:salary|compensation)",
        r"minimum (?:salary|pay|compensation|rate)",
        r"(?:salary|pay|compensation) (?:you are|you re) (?:seeking|looking for|expecting|asking)",
        r"gehaltsvorstellung\w*",
        r"gehaltswunsch",
        r"wunschgehalt",
        r"gehaltserwartung\w*",
        r"gewunscht\w* (?:gehalt|jahresgehalt|vergutung)",
        r"pretentions? salariale?s?",
        r"salaire (?:souhaite|demande|attendu|vise|espere)",
        r"remuneration (?:souhaitee|attendue|demandee)",
        r"pretensi(?:on|ones) salarial(?:es)?",
        r"pretension salarial",
        r"expectativas? salarial(?:es)?",
        r"salario (?:esperado|deseado|pretendido)",
        r"aspiracion(?:es)? salarial(?:es)?",
        r"(?:banda|rango|franja) salarial (?:deseada|esperada|pretendida)",
        r"salarisindicatie",
        r"gewenst\w* (?:\w+ )?\w*salaris",
        r"salariswens\w*",
        r"salarisverwachting\w*",
    )),
    Phrase(EXPECTATION, BARE_SALARY_RULE, alt(
        r"^(?:salary|pay|wage|wages|compensation|remuneration|gehalt|salaire|salario|sueldo|salaris)$",
    ), weak=True),
    Phrase(EXPECTATION, "ident", r"expectedsalary|salaryexpectation\w*|desiredsalary", where=Where.IDENT),
    Phrase(BANK, "bank", alt(
        r"bank (?:account|accounts|details|name|code|routing|information|info|sort code|branch|statements?"
        r"|connection)",
        r"account (?:number|no|nr|holder|holders?(?: s)? name)",
        r"routing (?:number|no)",
        r"aba",
        r"sort code",
        r"iban",
        r"bic",
        r"swift (?:code|bic)",
        r"bic swift",
        r"direct deposit",
        r"bankverbindung",
        r"kontonummer",
        r"kontoinhaber\w*",
        r"bankleitzahl",
        r"blz",
        r"kreditinstitut",
        r"coordonnees bancaires",
        r"rib",
        r"releve d identite bancaire",
        r"titulaire du compte",
        r"domiciliation bancaire",
        r"datos bancarios",
        r"numero de cuenta",
        r"cuenta bancaria",
        r"titular de la cuenta",
        r"entidad bancaria",
        r"ccc",
        r"bankrekening\w*",
        r"rekeningnummer",
        r"tenaamstelling\w*",
        r"bankgegevens",
        r"rekeninghouder",
    ), unless=r"bank holidays?|banking experience"),
)
