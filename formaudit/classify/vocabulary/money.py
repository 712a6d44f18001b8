"""Pay and bank: salary history (restricted), salary expectations (allowed), bank details.

Legal catalogue §7 and §10. History means what the candidate earns or earned (current salary,
payslips, last CTC); expectation means what they want. A bare "Salary" is read as an expectation,
except inside an employment-history block, where ``formaudit.classify.context`` turns it into
history (the employer asks what each past job paid).
"""

from __future__ import annotations

from formaudit.classify.vocabulary.base import Phrase, Where, alt
from formaudit.models.categories import Category

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
        # Spoken: "What are you earning now?", "What do you get paid at the moment?"
        r"(?:what|how much) (?:are|do) you (?:currently |presently )?"
        r"(?:earn\w*|get paid|getting paid|paid|take home)",
        r"how much (?:are|do) you (?:currently |presently )?(?:make|making)",
        r"what (?:are|do) you (?:currently |presently )?(?:make|making)"
        r"(?: (?:now|currently|at the moment|today|right now|per year|a year|annually|per month|a month))?$",
        r"(?:current|present|last|previous)"
        r" (?:base$|base pay|ote|on target earnings|total comp|total rewards?)",
    )),
    Phrase(HISTORY, "current_pay_de", alt(
        r"(?:aktuell|derzeitig|bisherig|letzt|jetzig|gegenwartig|momentan)\w* (?:\w+ )?"
        r"(?!\w*steuer)\w*(?:gehalt|einkommen|verdienst|vergutung|lohn|bezuge)\w*",
        r"gehaltsnachweis\w*",
        r"gehaltsabrechnung\w*",
        r"lohnabrechnung\w*",
        r"verdienstbescheinigung\w*",
        r"entgeltabrechnung\w*",
        r"gehaltshistorie",
        r"verdienen sie (?:derzeit|aktuell|momentan|zurzeit|im moment)",
        r"(?:was|wie ?viel) (?:verdienen sie|verdienst du)(?! (?:gerne|mochten|wollen))",
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
        r"(?:cuanto|que) (?:gana\w*|cobra\w*|percibe\w*) (?:usted )?(?:actualmente|ahora|hoy|en la actualidad"
        r"|en (?:tu|su) (?:empleo|trabajo|puesto|empresa) actual|al (?:mes|ano))",
        r"(?:gana\w*|cobra\w*) (?:usted )?actualmente",
        r"combien (?:gagnez vous|gagnes tu|touchez vous|touches tu|etes vous paye\w*)",
        r"(?:wat|hoeveel) (?:verdien je|verdien jij|verdient u)(?! (?:graag|willen))",
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
    # A payslip (nomina) is history; the account the pay goes into is bank details.
    Phrase(HISTORY, "payslip_es", r"nominas?",
           unless=r"domicilia\w*|iban|cuenta|bancari\w*|banco|abono|ingreso de la nomina"),
    Phrase(HISTORY, "ident", r"currentsalary|lastsalary|previoussalary|lastctc|currentctc|payslip\w*",
           where=Where.IDENT),
    Phrase(EXPECTATION, "expectation", alt(
        r"salary expectations?",
        r"expected (?:\w+ ){0,2}(?:salary|compensation|pay|ctc|remuneration|rate|wage|package)",
        r"desired (?:\w+ ){0,2}(?:salary|pay|compensation|rate|wage|remuneration)",
        r"(?:salary|pay|wage|compensation) desired",
        r"salary requirements?",
        r"(?:compensation|pay|wage|rate) expectations?",
        r"what (?:salary|compensation|pay) (?:are|do|would) you",
        r"salary (?:are|do|would) you (?:looking|expect|want)",
        r"target (?:\w+ )?(?:salary|compensation|pay|ctc|package|rate|earnings)",
        r"(?:how much|what) (?:would|do|did) you (?:\w+ )?"
        r"(?:like|want|hope|expect|wish|aim|need|hoping|looking) to (?:earn|make|be paid|get paid|receive)",
        r"(?:how much|what) (?:are you|you re) (?:hoping|looking|aiming|expecting) to (?:earn|make|be paid)",
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
        r"cuanto (?:te gustaria|le gustaria|quieres|quiere|deseas|desea|esperas|espera|aspiras|aspira)"
        r" (?:a )?(?:ganar|cobrar|percibir)",
        r"combien (?:souhaitez vous|voulez vous|souhaites tu|veux tu|esperez vous|aimeriez vous)"
        r" (?:gagner|etre paye)",
        r"(?:was|wie ?viel) (?:mochten|wollen|wurden) sie (?:gerne )?verdienen",
        r"(?:was|wie ?viel) (?:mochtest|willst) du (?:gerne )?verdienen",
        r"(?:wat|hoeveel) (?:wil|zou) (?:je|u|jij) (?:graag )?(?:willen )?verdienen",
        r"verwacht\w* (?:\w+ )?\w*salaris",
        r"(?:salaris|loon)eis\w*",
        r"gehaltsforderung\w*",
        r"(?:que|cual|cuanto) (?:salario |sueldo )?(?:esperas|espera|deseas|desea|pretendes|pretende|quieres"
        r"|quiere) (?:cobrar|ganar|percibir)",
        r"(?:what|which) (?:salary|pay|rate) (?:\w+ )?(?:are you|would you be)"
        r" (?:after|seeking|looking for|hoping)",
        r"(?:quel|quelle) (?:salaire|remuneration) (?:souhaitez|esperez|visez|demandez) vous",
        r"salarisindicatie",
        r"gewenst\w* (?:\w+ )?\w*salaris",
        r"salariswens\w*",
        r"salarisverwachting\w*",
    )),
    Phrase(EXPECTATION, BARE_SALARY_RULE, alt(
        r"^(?:salary|pay|wage|wages|compensation|remuneration|gehalt|salaire|salario|sueldo|salaris)$",
        # "Monthly gross salary", "Annual base pay": a bare salary with its period or basis.
        r"^(?:(?:annual|monthly|weekly|hourly|yearly|gross|net|base|basic|total|fixed) ){1,3}"
        r"(?:salary|pay|wages?|compensation|remuneration|income|earnings|rate)$",
        r"^(?:jahres|monats)?(?:brutto|netto)?(?:jahres|monats)?(?:gehalt|einkommen|lohn)$",
        r"^(?:salaire|remuneration|salario|sueldo|salaris)"
        r" (?:brut|net|bruto|neto|annuel|mensuel|anual|mensual|per maand|per jaar)"
        r"(?: (?:brut|net|bruto|neto|annuel|mensuel|anual|mensual))?$",
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
