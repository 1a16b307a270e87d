<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../guiapp/ui/about.py" line="24" />
            <source>About guiapp</source>
            <translation>À propos de guiapp</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/about.py" line="28" />
            <source># guiapp {version}

A desktop application that teaches convolutional and recurrent neural networks, following the course *Réseaux de neurones convolutifs et récurrents*.

guiapp is free software under the BSD-3-Clause licence. It runs offline: it never reaches the network unless you ask for a download.

Python {python}, PySide6 {pyside}. {tensorflow}

</source>
            <translation># guiapp {version}

Une application de bureau pour enseigner les réseaux de neurones convolutifs et récurrents, d'après le cours *Réseaux de neurones convolutifs et récurrents*.

guiapp est un logiciel libre sous licence BSD-3-Clause. Il fonctionne hors ligne : il n'accède jamais au réseau, sauf si vous demandez un téléchargement.

Python {python}, PySide6 {pyside}. {tensorflow}

</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/about.py" line="43" />
            <source>Teacher settings in force: %1</source>
            <translation>Réglages de l'enseignant en vigueur : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/about.py" line="50" />
            <source>Ignored: %1</source>
            <translation>Ignoré : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/about.py" line="60" />
            <source>The licences and sources of the files shipped with guiapp follow, in English, as their authors wrote them.</source>
            <translation>Les licences et les sources des fichiers fournis avec guiapp suivent, en anglais, telles que leurs auteurs les ont écrites.</translation>
        </message>
    </context>
    <context>
        <name>AugmentPreview</name>
        <message>
            <location filename="../../guiapp/ui/train/augment_preview.py" line="24" />
            <source>Augmentation preview</source>
            <translation>Aperçu de l'augmentation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/augment_preview.py" line="27" />
            <source>The first training image, then eight draws: at each batch the network sees its images changed this way, never twice the same.</source>
            <translation>La première image d'apprentissage, puis huit tirages : à chaque lot, le réseau voit ses images modifiées ainsi, jamais deux fois de la même façon.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/augment_preview.py" line="33" />
            <source>as it is</source>
            <translation>telle quelle</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/augment_preview.py" line="34" />
            <source>draw %1</source>
            <translation>tirage %1</translation>
        </message>
    </context>
    <context>
        <name>BuilderTab</name>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="333" />
            <source>Custom</source>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="132" />
            <source>H, the input height in pixels (28 for MNIST).</source>
            <extracomment>the KerasSession job's name how many characters of a file's name a message echoes how many "ignored" sentences the status bar shows after Open the preset combo's width, in characters (longer names are elided) the side panel takes 1/SIDE_SHARE of the tab's width, or what it needs</extracomment>
            <translation>H, la hauteur de l'entrée en pixels (28 pour MNIST).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="135" />
            <source>W, the input width in pixels.</source>
            <translation>W, la largeur de l'entrée en pixels.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="138" />
            <source>D, the number of channels: 1 for grey, 3 for colour.</source>
            <translation>D, le nombre de canaux : 1 en niveaux de gris, 3 en couleurs.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="144" />
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="145" />
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="146" />
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="168" />
            <source>Exercise mode: hide the answers</source>
            <translation>Mode exercice : cacher les réponses</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="174" />
            <source>For the teacher: the shapes and counts are hidden; students type them, then Check answers.</source>
            <translation>Pour l'enseignant : les formes et les nombres sont cachés ; les étudiants les tapent, puis Vérifier les réponses.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="180" />
            <source>Check answers</source>
            <translation>Vérifier les réponses</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="184" />
            <source>Mark the answers typed: right in green, wrong in red with the formula. Blank answers are not marked.</source>
            <translation>Corriger les réponses saisies : justes en vert, fausses en rouge avec la formule. Les réponses vides ne sont pas corrigées.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="193" />
            <source>For the teacher: show the selected layer's answers.</source>
            <translation>Pour l'enseignant : afficher les réponses de la couche sélectionnée.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="198" />
            <source>Reveal all</source>
            <translation>Tout révéler</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="201" />
            <source>For the teacher: show every answer.</source>
            <translation>Pour l'enseignant : afficher toutes les réponses.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="206" />
            <source>Check with Keras</source>
            <translation>Vérifier avec Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="210" />
            <source>Build the model with Keras in the background and compare its summary with ours, row by row.</source>
            <translation>Construire le modèle avec Keras en arrière-plan et comparer son résumé au nôtre, ligne par ligne.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="217" />
            <source>Train this network</source>
            <translation>Entraîner ce réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="220" />
            <source>Open the training tab with this network.</source>
            <translation>Ouvrir l'onglet d'apprentissage avec ce réseau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="227" />
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="228" />
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="229" />
            <source>Export Keras script…</source>
            <translation>Exporter un script Keras…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="243" />
            <source>Preset:</source>
            <translation>Préréglage :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="244" />
            <source>Input:</source>
            <translation>Entrée :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="484" />
            <location filename="../../guiapp/ui/builder/tab.py" line="543" />
            <source>Open network</source>
            <translation>Ouvrir un réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="545" />
            <location filename="../../guiapp/ui/builder/tab.py" line="559" />
            <source>guiapp networks (*.json)</source>
            <translation>Réseaux guiapp (*.json)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="602" />
            <source>Reveal layer %1</source>
            <translation>Révéler la couche %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="604" />
            <source>Reveal layer</source>
            <translation>Révéler la couche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="502" />
            <source>%1 cannot be opened: %2</source>
            <translation>%1 ne peut pas être ouvert : %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="508" />
            <source>Cannot open this network</source>
            <translation>Impossible d'ouvrir ce réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="516" />
            <source>%1 opened; %2</source>
            <translation>%1 ouvert ; %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="535" />
            <source>Cannot save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="557" />
            <source>Save network</source>
            <translation>Enregistrer le réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="569" />
            <source>Export Keras script</source>
            <translation>Exporter un script Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/tab.py" line="571" />
            <source>Python scripts (*.py)</source>
            <translation>Scripts Python (*.py)</translation>
        </message>
    </context>
    <context>
        <name>CellPage</name>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="60" />
            <source>Input sequence</source>
            <translation>Séquence d'entrée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="67" />
            <source>The input sequence X, one row per time step; edit the numbers.</source>
            <translation>La séquence d'entrée X, une ligne par pas de temps ; modifiez les nombres.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="77" />
            <source>Course example (3 units, input 2, sigmoid)</source>
            <translation>Exemple du cours (3 neurones, entrée 2, sigmoïde)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="82" />
            <source>Step</source>
            <translation>Pas à pas</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="89" />
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="98" />
            <source>The state h_t, unit by unit</source>
            <translation>L'état h_t, neurone par neurone</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="109" />
            <source>Hidden state after each step</source>
            <translation>État caché après chaque pas</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="117" />
            <source>h after each step: one column per time step.</source>
            <translation>h après chaque pas : une colonne par pas de temps.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="129" />
            <source>Units:</source>
            <translation>Neurones :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="130" />
            <source>Input size:</source>
            <translation>Taille d'entrée :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="131" />
            <source>Activation f:</source>
            <translation>Activation f :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="132" />
            <source>Seed of the weights:</source>
            <translation>Graine des poids :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="139" />
            <source>Input sequence X:</source>
            <translation>Séquence d'entrée X :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="150" />
            <source>h_t = f(Wx^T x_t + Wy^T h_(t-1) + b)</source>
            <translation>h_t = f(Wx^T x_t + Wy^T h_(t-1) + b)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="194" />
            <source>"%1" is not a number; the cell keeps %2.</source>
            <translation>« %1 » n'est pas un nombre ; la case garde %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="266" />
            <source>Before the first step h is zero. Press Step to read x_0 and compute h_0.</source>
            <translation>Avant le premier pas, h est nul. Appuyez sur Pas à pas pour lire x_0 et calculer h_0.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="275" />
            <source>t = %1:  x_t = %2
Wx^T x_t = %3
Wy^T h_(t-1) = %4   (h_(t-1) = %5)
b = %6
h_t = %7(sum) = %8</source>
            <translation>t = %1 :  x_t = %2
Wx^T x_t = %3
Wy^T h_(t-1) = %4   (h_(t-1) = %5)
b = %6
h_t = %7(somme) = %8</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="292" />
            <source>End of the sequence: the layer returns h = the last state.</source>
            <translation>Fin de la séquence : la couche renvoie h = le dernier état.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="298" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/cell_page.py" line="298" />
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <location filename="../../guiapp/ui/conv/code_dialog.py" line="23" />
            <source>NumPy code for this result</source>
            <translation>Code NumPy de ce résultat</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/code_dialog.py" line="33" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/code_dialog.py" line="39" />
            <source>Runs as shown in Python where guiapp is installed:</source>
            <translation>Fonctionne tel quel dans un Python où guiapp est installé :</translation>
        </message>
    </context>
    <context>
        <name>ControlsPanel</name>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="50" />
            <source>Image</source>
            <extracomment>how many characters of a file's name the panel echoes</extracomment>
            <translation>Image</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="58" />
            <source>Chelsea the cat, 300×168 (the course's size)</source>
            <translation>Chelsea la chatte, 300×168 (la taille du cours)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="59" />
            <source>Coffee cup</source>
            <translation>Tasse de café</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="60" />
            <source>Camera (grey)</source>
            <translation>Photographe (gris)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="61" />
            <source>Rocket launch</source>
            <translation>Lancement de fusée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="62" />
            <source>Brick wall (grey)</source>
            <translation>Mur de briques (gris)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="63" />
            <source>Opened file</source>
            <translation>Fichier ouvert</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="69" />
            <source>Photos shipped with guiapp (CC0 / public domain).</source>
            <translation>Photos fournies avec guiapp (CC0 / domaine public).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="74" />
            <source>Open image…</source>
            <translation>Ouvrir une image…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="78" />
            <source>Open a PNG, JPEG, BMP, GIF, TIFF or WebP file (Ctrl+O), or drop one on the window.</source>
            <translation>Ouvrir un fichier PNG, JPEG, BMP, GIF, TIFF ou WebP (Ctrl+O), ou en déposer un sur la fenêtre.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="89" />
            <source>Mean of R, G, B (as the course)</source>
            <translation>Moyenne de R, V, B (comme dans le cours)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="90" />
            <source>Luminance 0.299 R + 0.587 G + 0.114 B</source>
            <translation>Luminance 0,299 R + 0,587 V + 0,114 B</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="97" />
            <source>The course computes np.average(img, axis=2).astype(int). Luminance weighs green most, as the eye does.</source>
            <translation>Le cours calcule np.average(img, axis=2).astype(int). La luminance donne plus de poids au vert, comme l'œil.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="106" />
            <source>Sample:</source>
            <translation>Photo :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="107" />
            <source>Grey:</source>
            <translation>Gris :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="116" />
            <source>Kernel</source>
            <translation>Noyau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="123" />
            <source>Stride, padding, dilation</source>
            <translation>Pas, remplissage, dilatation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="127" />
            <source>S, the step of the window: S = 2 halves the output size.</source>
            <translation>S, le pas de la fenêtre : S = 2 divise par deux la taille de la sortie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="134" />
            <source>P, the width of the black (zero) border added around the input. With F = 3, P = 1 and S = 1 the output keeps the input's size.</source>
            <translation>P, l'épaisseur du bord noir (des zéros) ajouté autour de l'entrée. Avec F = 3, P = 1 et S = 1, la sortie garde la taille de l'entrée.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="143" />
            <source>D, the distance between the kernel's taps: the window spans D(F − 1) + 1 pixels and sees every D-th one. D = 2 with a 3×3 kernel sees 5×5 with 9 weights.</source>
            <translation>D, l'écart entre les coefficients du noyau : la fenêtre couvre D(F − 1) + 1 pixels et en voit un sur D. D = 2 avec un noyau 3×3 voit 5×5 avec 9 poids.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="155" />
            <source>Stride S:</source>
            <translation>Pas S :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="156" />
            <source>Padding P:</source>
            <translation>Remplissage P :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="157" />
            <source>Dilation D:</source>
            <translation>Dilatation D :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="169" />
            <source>Display of the result</source>
            <translation>Affichage du résultat</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="177" />
            <source>Diverging colours (blue &lt; 0 &lt; red)</source>
            <translation>Couleurs divergentes (bleu &lt; 0 &lt; rouge)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="178" />
            <source>Absolute value</source>
            <translation>Valeur absolue</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="179" />
            <source>Divided by its maximum (as the course)</source>
            <translation>Divisé par son maximum (comme dans le cours)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="186" />
            <source>A kernel with negative weights gives negative values: choose how to see them.</source>
            <translation>Un noyau à poids négatifs donne des valeurs négatives : choisissez comment les afficher.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="204" />
            <source>Show code</source>
            <translation>Voir le code</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="207" />
            <source>The NumPy lines that compute what is on screen (Ctrl+K).</source>
            <translation>Les lignes NumPy qui calculent ce qui est à l'écran (Ctrl+K).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="257" />
            <source>The Sobel page uses its own two kernels, Sobel x and y.</source>
            <translation>La page Sobel utilise ses deux noyaux à elle, Sobel x et y.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="269" />
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="276" />
            <source>%1: %2, shape %3 → grey %4</source>
            <translation>%1 : %2, forme %3 → gris %4</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="292" />
            <source>No output: the %1×%1 kernel does not fit in the %2×%3 image with padding %4. Add padding or choose a smaller kernel.</source>
            <translation>Pas de sortie : le noyau %1×%1 ne tient pas dans l'image %2×%3 avec un remplissage de %4. Ajoutez du remplissage ou choisissez un noyau plus petit.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="315" />
            <source>Output size, (W − F + 2P)/S + 1:</source>
            <translation>Taille de la sortie, (W − F + 2P)/S + 1 :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="317" />
            <source>Output size, (W + 2P − D(F − 1) − 1)/S + 1:</source>
            <translation>Taille de sortie, (W + 2P − D(F − 1) − 1)/S + 1 :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="323" />
            <source>row(s)</source>
            <translation>ligne(s)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="324" />
            <source>column(s)</source>
            <translation>colonne(s)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="329" />
            <source>%1 is not whole: the stride does not divide the padded input. The window takes %2 steps and the last %3 %4 of the padded image are never used; Keras also keeps the floor, %2.</source>
            <translation>%1 n'est pas entier : le pas S ne divise pas l'entrée avec remplissage. La fenêtre prend %2 positions et la fin de l'entrée avec remplissage (%3 %4) n'est jamais couverte ; Keras garde aussi la partie entière, %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/controls.py" line="341" />
            <source>Output %1 × %2 = %3 values (input: %4).</source>
            <translation>Sortie %1 × %2 = %3 valeurs (entrée : %4).</translation>
        </message>
    </context>
    <context>
        <name>ConvPage</name>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="163" />
            <source>Input (grey)</source>
            <extracomment>columns of a window table always shown; a wider one (an 11×11 kernel at a projector zoom) scrolls sideways</extracomment>
            <translation>Entrée (gris)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="172" />
            <source>Receptive field</source>
            <translation>Champ récepteur</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="177" />
            <source>Hover over the output to see the F×F window of the input that makes each pixel; click to pin it. Each output pixel is the sum of window × kernel.</source>
            <translation>Survolez la sortie pour voir la fenêtre F×F de l'entrée qui produit chaque pixel ; cliquez pour la fixer. Chaque pixel de sortie est la somme des produits fenêtre × noyau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="195" />
            <source>Input (crop)</source>
            <translation>Entrée (recadrée)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="195" />
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="198" />
            <source>Sliding window</source>
            <translation>Fenêtre glissante</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="202" />
            <source>A crop of the input with the kernel's window drawn large, and the output pixels it makes. Arrow keys move the window by one output pixel; Space plays or pauses.</source>
            <translation>Un extrait de l'entrée, avec la fenêtre du noyau dessinée en grand, et les pixels de sortie qu'elle produit. Les flèches déplacent la fenêtre d'un pixel de sortie ; Espace lance ou met en pause.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="211" />
            <source>Arrow keys: move the window by one output pixel. Space: play or pause.</source>
            <translation>Flèches : déplacer la fenêtre d'un pixel de sortie. Espace : lecture ou pause.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="186" />
            <location filename="../../guiapp/ui/conv/conv_page.py" line="221" />
            <source>Window of the input</source>
            <translation>Fenêtre de l'entrée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="189" />
            <location filename="../../guiapp/ui/conv/conv_page.py" line="222" />
            <source>Window × kernel</source>
            <translation>Fenêtre × noyau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="239" />
            <source>Slide the window over the image and build the output (Ctrl+Space).</source>
            <translation>Faire glisser la fenêtre sur l'image et construire la sortie (Ctrl+Espace).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="244" />
            <source>Step</source>
            <translation>Avancer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="247" />
            <source>Move the window by one output pixel (Ctrl+Right).</source>
            <translation>Avancer la fenêtre d'un pixel de sortie (Ctrl+Droite).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="251" />
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="254" />
            <source>Stop and show the whole output.</source>
            <translation>Arrêter et montrer toute la sortie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="265" />
            <source>Windows per second while playing.</source>
            <translation>Fenêtres par seconde pendant la lecture.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="260" />
            <location filename="../../guiapp/ui/conv/conv_page.py" line="272" />
            <source>Windows per second</source>
            <translation>Fenêtres par seconde</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="626" />
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="299" />
            <source>Speed:</source>
            <translation>Vitesse :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="496" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="496" />
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="501" />
            <source>No output: see the reason on the left</source>
            <translation>Pas de sortie : la raison est donnée à gauche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="504" />
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="508" />
            <source>Output %1 × %2 (kernel %3×%4, S = %5, P = %6)</source>
            <translation>Sortie %1 × %2 (noyau %3×%4, S = %5, P = %6)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="510" />
            <source>Output %1 × %2 (kernel %3×%4, S = %5, P = %6, D = %7)</source>
            <translation>Sortie %1 × %2 (noyau %3×%4, S = %5, P = %6, D = %7)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/conv_page.py" line="608" />
            <source>Output [%1, %2] = Σ window × kernel = %3   (window rows %4…%5, columns %6…%7)</source>
            <translation>Sortie [%1, %2] = Σ fenêtre × noyau = %3   (fenêtre : lignes %4…%5, colonnes %6…%7)</translation>
        </message>
    </context>
    <context>
        <name>ConvTab</name>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="62" />
            <source>Convolution</source>
            <extracomment>the side panel's width in characters of its font (420 px in a 9-point font)</extracomment>
            <translation>Convolution</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="63" />
            <source>Sobel edges</source>
            <translation>Bords de Sobel</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="63" />
            <source>Sobel</source>
            <translation>Sobel</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="65" />
            <source>Pooling</source>
            <translation>Regroupement (pooling)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="66" />
            <source>Pooling</source>
            <comment>a page's short title</comment>
            <translation>Regroupement</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="226" />
            <source>The teacher's settings keep to the photos shipped with guiapp.</source>
            <translation>L'enseignant a limité le choix aux photos fournies avec guiapp.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/tab.py" line="262" />
            <source>Cannot compute this result</source>
            <translation>Impossible de calculer ce résultat</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="127" />
            <source>{kind}: '{key}' must be a whole number &gt;= {low}, not {value}</source>
            <extracomment>Qt's own strings that its French catalogue lacks (Qt 6 renamed them with a shortcut letter): {(context, source): French} the modules whose ``MESSAGES`` tuple holds the templates of their Message errors, in the order ``_core_messages_for_lupdate`` lists them</extracomment>
            <translation>{kind} : '{key}' doit être un nombre entier &gt;= {low}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="131" />
            <source>the input shape must be three whole numbers &gt;= 1 (H, W, D), not {value}</source>
            <translation>la forme d'entrée doit être trois nombres entiers &gt;= 1 (H, W, D), pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="135" />
            <source>the layers must be a list</source>
            <translation>les couches doivent former une liste</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="136" />
            <source>layer {position}: unknown layer type {kind}</source>
            <translation>couche {position} : type de couche inconnu {kind}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="139" />
            <source>layer {position}: padding must be 'valid', 'same' or a number P &gt;= 0</source>
            <translation>couche {position} : le remplissage doit être 'valid', 'same' ou un nombre P &gt;= 0</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="143" />
            <source>layer {position}: the dropout rate must be in [0, 1)</source>
            <translation>couche {position} : le taux de dropout doit être dans [0, 1)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="146" />
            <source>layer {position}: unknown activation {value}</source>
            <translation>couche {position} : activation inconnue {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="149" />
            <source>ceil({w}/{s}): Keras pads so that the window covers every pixel</source>
            <translation>ceil({w}/{s}) : Keras complète pour que la fenêtre couvre chaque pixel</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="153" />
            <source>{exact} is not whole: Keras floors it to {out}</source>
            <translation>{exact} n'est pas entier : Keras garde la partie entière, {out}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="156" />
            <source>not computed: a layer above is invalid</source>
            <translation>non calculé : une couche au-dessus est invalide</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="159" />
            <source>{kind} needs an image-shaped input (H, W, D), but after Flatten its input is {shape}: it has no rows and columns left to slide over</source>
            <translation>{kind} a besoin d'une entrée en forme d'image (H, W, D), mais après Flatten son entrée est {shape} : il n'y a plus de lignes ni de colonnes sur lesquelles glisser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="164" />
            <source>{kind} needs an image-shaped input (H, W, D), but its input is {shape}: it has no rows and columns left to slide over</source>
            <translation>{kind} a besoin d'une entrée en forme d'image (H, W, D), mais son entrée est {shape} : il n'y a pas de lignes ni de colonnes sur lesquelles glisser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="169" />
            <source>the {f}x{f} kernel is larger than the {h}x{w} input plus padding: the output would be {oh}x{ow}</source>
            <translation>le noyau {f}x{f} est plus grand que l'entrée {h}x{w} avec son remplissage : la sortie ferait {oh}x{ow}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="174" />
            <source>the {f}x{f} window does not fit in the {h}x{w} input</source>
            <translation>la fenêtre {f}x{f} ne tient pas dans l'entrée {h}x{w}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="177" />
            <source>no Flatten before Dense: Keras applies Dense to the last axis only, so each of the {positions} positions gets its own {units} outputs, shape {shape}, not a vector</source>
            <translation>pas de Flatten avant Dense : Keras applique Dense au dernier axe seulement, donc chacune des {positions} positions reçoit ses propres {units} sorties, forme {shape}, et non un vecteur</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="183" />
            <source>unchanged</source>
            <translation>inchangée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="184" />
            <source>0 (pooling learns nothing)</source>
            <translation>0 (le regroupement n'apprend rien)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="185" />
            <source>units = {units}</source>
            <translation>neurones = {units}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="186" />
            <source>unknown layer type {kind}</source>
            <translation>type de couche inconnu {kind}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="187" />
            <source>{kind}: '{key}' must be a number in [{low}, {high}), not {value}</source>
            <translation>{kind} : '{key}' doit être un nombre dans [{low}, {high}), pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="191" />
            <source>{kind}: '{key}' must be one of {choices}, not {value}</source>
            <translation>{kind} : '{key}' doit être l'une des valeurs {choices}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="194" />
            <source>Filters K:</source>
            <translation>Filtres K :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="195" />
            <source>K, the number of filters: the depth of the output.</source>
            <translation>K, le nombre de filtres : la profondeur de la sortie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="198" />
            <source>Kernel F:</source>
            <translation>Noyau F :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="199" />
            <source>F, the side of each filter (F×F×D weights).</source>
            <translation>F, le côté de chaque filtre (F×F×D poids).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="202" />
            <source>Stride S:</source>
            <translation>Pas S :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="203" />
            <source>S, the step of the window.</source>
            <translation>S, le pas de la fenêtre.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="204" />
            <location filename="../../guiapp/ui/i18n.py" line="242" />
            <source>Padding:</source>
            <translation>Remplissage :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="205" />
            <source>valid: no padding (P = 0). same: Keras pads so the output is ceil(W/S). Or a number P of zero rows and columns on each side.</source>
            <translation>valid : pas de remplissage (P = 0). same : Keras complète pour que la sortie fasse ceil(W/S). Ou un nombre P de lignes et colonnes de zéros de chaque côté.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="210" />
            <source>Activation:</source>
            <translation>Activation :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="211" />
            <source>The function applied to each output.</source>
            <translation>La fonction appliquée à chaque sortie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="214" />
            <source>Window F:</source>
            <translation>Fenêtre F :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="215" />
            <source>F, the side of each pooling cell.</source>
            <translation>F, le côté de chaque cellule de regroupement.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="216" />
            <source>Units:</source>
            <translation>Neurones :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="217" />
            <source>The number of neurons; each has one weight per input plus a bias.</source>
            <translation>Le nombre de neurones ; chacun a un poids par entrée plus un biais.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="221" />
            <source>Rate:</source>
            <translation>Taux :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="222" />
            <source>The share of inputs set to zero at random during training; no parameter.</source>
            <translation>La part des entrées mises à zéro au hasard pendant l'apprentissage ; aucun paramètre.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="226" />
            <source>Flatten has no setting: it lines the values up into one vector of H×W×D numbers.</source>
            <translation>Flatten n'a pas de réglage : il aligne les valeurs en un seul vecteur de H×W×D nombres.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="231" />
            <source>Dilation D:</source>
            <translation>Dilatation D :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="232" />
            <source>D, the distance between the kernel's taps: the window spans D(F - 1) + 1 pixels and sees every D-th one. Keras allows D &gt; 1 only with stride 1.</source>
            <translation>D, l'écart entre les coefficients du noyau : la fenêtre couvre D(F - 1) + 1 pixels et en voit un sur D. Keras n'accepte D &gt; 1 qu'avec un pas de 1.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="237" />
            <source>strides {s} and dilation {d} together: Keras refuses a stride above 1 with a dilation above 1; set S = 1 or D = 1</source>
            <translation>pas {s} et dilatation {d} ensemble : Keras refuse un pas supérieur à 1 avec une dilatation supérieure à 1 ; mettez S = 1 ou D = 1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="243" />
            <source>valid: no padding. same: Keras pads so the output is ceil(W/S) (W*S for a transposed convolution).</source>
            <translation>valid : pas de remplissage. same : Keras complète pour que la sortie fasse ceil(W/S) (W*S pour une convolution transposée).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="248" />
            <source>the general formula (W - 1)*S - 2P + F gives {general} with P = 0; Keras adds {extra} zero rows and columns when S &gt; F</source>
            <translation>la formule générale (W - 1)*S - 2P + F donne {general} avec P = 0 ; Keras ajoute {extra} ligne(s) et colonne(s) de zéros quand S &gt; F</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="253" />
            <source>Keras's 'same': W*S, the size a stride-{s} 'same' convolution divides back to W; the general formula (W - 1)*S - 2P + F gives it with 2P = F - S</source>
            <translation>le « same » de Keras : W*S, la taille qu'une convolution « same » de pas {s} ramène à W ; la formule générale (W - 1)*S - 2P + F la donne avec 2P = F - S</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="259" />
            <source>BatchNormalization normalises each channel with the batch's mean and variance, then scales by gamma and shifts by beta.</source>
            <translation>BatchNormalization normalise chaque canal avec la moyenne et la variance du lot, puis multiplie par gamma et ajoute beta.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="264" />
            <source>4*{c} = {count} ({trained} learned: gamma, beta; {followed} followed: the moving mean and variance)</source>
            <translation>4*{c} = {count} ({trained} appris : gamma, beta ; {followed} suivis : la moyenne et la variance glissantes)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="269" />
            <source>GlobalAveragePooling2D has no setting: it keeps one number per channel, the mean of the whole H×W map.</source>
            <translation>GlobalAveragePooling2D n'a pas de réglage : elle garde un nombre par canal, la moyenne de toute la carte H×W.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="274" />
            <source>one per channel: {d}</source>
            <translation>un par canal : {d}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="275" />
            <source>{f}*{f}*{d} + {d}*{k} + {k} = {count} (a Conv2D of the same shapes: ({f}*{f}*{d} + 1)*{k} = {plain})</source>
            <translation>{f}*{f}*{d} + {d}*{k} + {k} = {count} (un Conv2D de mêmes formes : ({f}*{f}*{d} + 1)*{k} = {plain})</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="280" />
            <source>GlobalMaxPooling2D has no setting: it keeps one number per channel, the maximum of the whole H×W map.</source>
            <translation>GlobalMaxPooling2D n'a pas de réglage : elle garde un nombre par canal, le maximum de toute la carte H×W.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="285" />
            <source>Momentum:</source>
            <translation>Inertie (momentum) :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="286" />
            <source>How slowly the moving mean and variance, used after training, follow the batches': 0.99 (Keras's default) needs about a thousand steps to forget its start; 0.9 about a hundred, better for a small dataset.</source>
            <translation>La lenteur avec laquelle la moyenne et la variance glissantes, utilisées après l'entraînement, suivent celles des lots : 0,99 (la valeur par défaut de Keras) demande un millier de pas pour oublier son départ ; 0,9 une centaine, mieux pour un petit jeu de données.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="292" />
            <source>already grey</source>
            <translation>déjà en niveaux de gris</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="293" />
            <source>grey, as in the course</source>
            <translation>niveaux de gris, comme dans le cours</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="294" />
            <source>luminance</source>
            <translation>luminance</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="295" />
            <source>true convolution flips the kernel</source>
            <translation>la vraie convolution retourne le noyau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="296" />
            <source>stride and zero padding</source>
            <translation>pas et remplissage de zéros</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="297" />
            <source>(H - F + 2P)/S + 1, floored</source>
            <translation>(H - F + 2P)/S + 1, partie entière</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="298" />
            <source>(W - F + 2P)/S + 1, floored</source>
            <translation>(W - F + 2P)/S + 1, partie entière</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="299" />
            <source>one pass per weight, vectorised over all pixels</source>
            <translation>un passage par poids, vectorisé sur tous les pixels</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="302" />
            <source>as the course shows it</source>
            <translation>comme le montre le cours</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="303" />
            <source>weights 1/(1 + distance to the centre)</source>
            <translation>poids 1/(1 + distance au centre)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="306" />
            <source>(W - F)/S + 1 per side</source>
            <translation>(W - F)/S + 1 par côté</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="307" />
            <source>stride, zero padding and dilation</source>
            <translation>pas, remplissage de zéros et dilatation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="308" />
            <source>the window's side, gaps included</source>
            <translation>le côté de la fenêtre, trous compris</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="309" />
            <source>{name} must be a finite number, not {value}</source>
            <translation>{name} doit être un nombre fini, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="312" />
            <source>the step must be a number &gt; 0, not {value}</source>
            <translation>le pas doit être un nombre &gt; 0, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="315" />
            <source>t to ({stop}) must be greater than t from ({start})</source>
            <translation>t jusqu'à ({stop}) doit être plus grand que t depuis ({start})</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="318" />
            <source>t from {start} to {stop} by steps of {step} makes {count} points; at most {limit} are accepted (a larger step or a shorter span)</source>
            <translation>t de {start} à {stop} par pas de {step} donne {count} points ; au plus {limit} sont acceptés (un pas plus grand ou un intervalle plus court)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="323" />
            <source>unknown signal {value}; choose one of {choices}</source>
            <translation>signal inconnu {value} ; choisissez parmi {choices}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="326" />
            <source>{name} must be a whole number from {low} to {high}, not {value}</source>
            <translation>{name} doit être un nombre entier de {low} à {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="330" />
            <source>the window s must be from 1 to {high} for a series of {count} points, not {value}</source>
            <translation>la fenêtre s doit aller de 1 à {high} pour une série de {count} points, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="335" />
            <source>a series of {count} points is too short for a window: it needs at least 2</source>
            <translation>une série de {count} points est trop courte pour une fenêtre : il en faut au moins 2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="339" />
            <source>{name} must be a number from {low} to {high}, not {value}</source>
            <translation>{name} doit être un nombre de {low} à {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="342" />
            <source>x[{row}, {column}] must be a number from -{limit} to {limit}, not {value}; the cell keeps {old}</source>
            <translation>x[{row}, {column}] doit être un nombre de -{limit} à {limit}, pas {value} ; la case garde {old}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="347" />
            <source>x[{row}, {column}] is not a cell of the {rows}×{columns} input sequence</source>
            <translation>x[{row}, {column}] n'est pas une case de la séquence d'entrée {rows}×{columns}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="351" />
            <source>{name} cannot be saved: the folder {folder} does not exist (was it moved, or is it on a USB key that was taken out?)</source>
            <translation>{name} ne peut pas être enregistré : le dossier {folder} n'existe pas (a-t-il été déplacé, ou est-il sur une clé USB qui a été retirée ?)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="356" />
            <source>{name} cannot be saved in {folder}: you are not allowed to write there. Choose another folder</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : vous n'avez pas le droit d'y écrire. Choisissez un autre dossier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="361" />
            <source>{name} cannot be saved in {folder}: that disk is read-only (a locked USB key, a CD?). Choose another folder</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : ce disque est en lecture seule (une clé USB verrouillée, un CD ?). Choisissez un autre dossier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="366" />
            <source>{name} cannot be saved in {folder}: there is no room left on that disk. Make room or choose another disk</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : ce disque est plein. Faites de la place ou choisissez un autre disque</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="371" />
            <source>{name} cannot be saved in {folder}: a folder there already has that name</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : un dossier porte déjà ce nom</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="375" />
            <source>{name} cannot be saved in {folder}: part of that path is a file, not a folder</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : une partie de ce chemin est un fichier, pas un dossier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="380" />
            <source>{name} cannot be saved in {folder}: the name or the path is too long</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : le nom ou le chemin est trop long</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="384" />
            <source>{name} cannot be saved in {folder}: something of that name is in the way</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : quelque chose de ce nom est déjà là</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="388" />
            <source>{name} cannot be saved in {folder}: another program is using it</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : un autre programme l'utilise</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="392" />
            <source>{name} cannot be saved in {folder}: {error}</source>
            <translation>{name} ne peut pas être enregistré dans {folder} : {error}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="395" />
            <source>{name} cannot be opened: there is no such file in {folder} (was it moved, renamed, or on a USB key that was taken out?)</source>
            <translation>{name} ne peut pas être ouvert : ce fichier n'existe pas dans {folder} (a-t-il été déplacé, renommé, ou est-il sur une clé USB qui a été retirée ?)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="400" />
            <source>{name} cannot be opened: you are not allowed to read it</source>
            <translation>{name} ne peut pas être ouvert : vous n'avez pas le droit de le lire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="403" />
            <source>{name} cannot be opened: it is a folder, not a file</source>
            <translation>{name} ne peut pas être ouvert : c'est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="406" />
            <source>{name} cannot be opened: part of the path {folder} is a file, not a folder</source>
            <translation>{name} ne peut pas être ouvert : une partie du chemin {folder} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="411" />
            <source>{name} cannot be opened: the name or the path is too long</source>
            <translation>{name} ne peut pas être ouvert : le nom ou le chemin est trop long</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="415" />
            <source>{name}: cannot be read ({error})</source>
            <translation>{name} : illisible ({error})</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="416" />
            <source>{name}: not an IDX file (wrong magic number)</source>
            <translation>{name} : ce n'est pas un fichier IDX (mauvais nombre magique)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="419" />
            <source>{name}: unsupported IDX magic number {magic}</source>
            <translation>{name} : nombre magique IDX non pris en charge {magic}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="422" />
            <source>{name}: truncated header</source>
            <translation>{name} : en-tête tronqué</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="423" />
            <source>{name}: truncated: the header announces {shape}, {expected} values, the file holds {actual}</source>
            <translation>{name} : tronqué : l'en-tête annonce {shape}, {expected} valeurs, le fichier en contient {actual}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="428" />
            <source>{name}: longer than its header says: the header announces {shape}, {expected} values, the file holds {actual}</source>
            <translation>{name} : plus long que ne le dit son en-tête : l'en-tête annonce {shape}, {expected} valeurs, le fichier en contient {actual}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="433" />
            <source>{source}: no {key} array</source>
            <translation>{source} : pas de tableau {key}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="434" />
            <source>{source}: the images {key} have shape {shape}, not (N, 28, 28)</source>
            <translation>{source} : les images {key} ont la forme {shape}, et non (N, 28, 28)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="438" />
            <source>{source}: {count} images in {images} but {labels} labels in {key}</source>
            <translation>{source} : {count} images dans {images} mais {labels} étiquettes dans {key}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="442" />
            <source>{source}: the labels in {key} must be whole numbers from 0 to 9, not {value}</source>
            <translation>{source} : les étiquettes de {key} doivent être des nombres entiers de 0 à 9, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="511" />
            <source>the loss became {loss} at epoch {epoch}: the network ends with {activation}, not softmax, so its outputs are not probabilities and the cross-entropy of a 0 or a negative output is not a number. End the network with a softmax activation, then press Reset and train again.</source>
            <translation>la perte est devenue {loss} à l'époque {epoch} : le réseau se termine par {activation}, pas par softmax, donc ses sorties ne sont pas des probabilités et l'entropie croisée d'une sortie nulle ou négative n'est pas un nombre. Terminez le réseau par une activation softmax, puis appuyez sur Réinitialiser et entraînez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="531" />
            <source>{name} has no input shape: it was saved before it was built. Give it a keras.Input first (or call it on images once), then save it again</source>
            <translation>{name} n'a pas de forme d'entrée : il a été enregistré avant d'être construit. Donnez-lui d'abord un keras.Input (ou appelez-le une fois sur des images), puis enregistrez-le à nouveau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="536" />
            <source>{name} takes {count} inputs, but a classifier here takes one: the image</source>
            <translation>{name} prend {count} entrées, mais un classifieur ici n'en prend qu'une : l'image</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="540" />
            <source>{name} gives {count} outputs, but a classifier here gives one: a probability per class</source>
            <translation>{name} donne {count} sorties, mais un classifieur ici n'en donne qu'une : une probabilité par classe</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="545" />
            <source>{name} cannot classify these images: {error}</source>
            <translation>{name} ne peut pas classer ces images : {error}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="548" />
            <source>{name} ends without a softmax: its outputs are not probabilities</source>
            <translation>{name} se termine sans softmax : ses sorties ne sont pas des probabilités</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="552" />
            <source>pad each image with {pad} pixels of 0 on each side, to {size} (as LeNet-5's authors did for MNIST)</source>
            <translation>compléter chaque image par {pad} pixels à 0 de chaque côté, jusqu'à {size} (comme les auteurs de LeNet-5 l'ont fait pour MNIST)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="557" />
            <source>repeat the grey channel 3 times, as red, green and blue</source>
            <translation>répéter le canal gris 3 fois, comme rouge, vert et bleu</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="560" />
            <source>reshape each image to {shape} (the same pixels in the same order)</source>
            <translation>remettre chaque image en forme {shape} (les mêmes pixels dans le même ordre)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="564" />
            <source>add a softmax at its end: the outputs become probabilities, the predicted classes stay the same</source>
            <translation>ajouter un softmax à la fin : les sorties deviennent des probabilités, les classes prédites restent les mêmes</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="569" />
            <source>{name} is not a folder: choose the folder that holds one subfolder per class</source>
            <translation>{name} n'est pas un dossier : choisissez le dossier qui contient un sous-dossier par classe</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="574" />
            <source>{name} has no subfolder: put the images of each class in a subfolder named after the class (for example circle/, square/)</source>
            <translation>{name} n'a pas de sous-dossier : mettez les images de chaque classe dans un sous-dossier au nom de la classe (par exemple cercle/, carré/)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="579" />
            <source>{name} has one class ({label}): a network needs at least two to tell apart; add a subfolder of images of another class</source>
            <translation>{name} n'a qu'une classe ({label}) : un réseau doit en distinguer au moins deux ; ajoutez un sous-dossier d'images d'une autre classe</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="584" />
            <source>the class {label} has no image guiapp can read ({skipped} file(s) skipped): add images to it or remove the subfolder</source>
            <translation>la classe {label} n'a aucune image que guiapp sait lire (fichiers ignorés : {skipped}) : ajoutez-y des images ou retirez le sous-dossier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="589" />
            <source>{name} holds more than {limit} images: make a smaller copy of the folder</source>
            <translation>{name} contient plus de {limit} images : faites-en une copie plus petite</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="593" />
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="594" />
            <source>not an image guiapp can read</source>
            <translation>pas une image que guiapp sait lire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="447" />
            <source>{source}: not a readable .npz file ({error})</source>
            <translation>{source} : fichier .npz illisible ({error})</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="450" />
            <source>unknown dataset {name}; choose one of {choices}</source>
            <translation>jeu de données inconnu {name} ; choisissez parmi {choices}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="453" />
            <source>{name} is not installed on this computer. Import its files (the four IDX .gz files or an .npz) or download it (about {size} MB).</source>
            <translation>{name} n'est pas installé sur cet ordinateur. Importez ses fichiers (les quatre fichiers IDX .gz ou un .npz) ou téléchargez-le (environ {size} Mo).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="458" />
            <source>only mnist and fashion-mnist can be imported, not {name}</source>
            <translation>seuls mnist et fashion-mnist peuvent être importés, pas {name}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="461" />
            <source>{source}: missing {files}</source>
            <translation>{source} : il manque {files}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="462" />
            <source>{source}: choose a folder of IDX .gz files or an .npz file</source>
            <translation>{source} : choisissez un dossier de fichiers IDX .gz ou un fichier .npz</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="465" />
            <source>download of {name} cancelled</source>
            <translation>téléchargement de {name} annulé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="466" />
            <source>{name} cannot be downloaded: no network connection ({error}). Connect this computer to the internet and try again, or import the dataset's files.</source>
            <translation>{name} ne peut pas être téléchargé : pas de connexion réseau ({error}). Connectez cet ordinateur à Internet et réessayez, ou importez les fichiers du jeu de données.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="472" />
            <source>{name} cannot be downloaded from {url}: {error}. Nothing was kept.</source>
            <translation>{name} ne peut pas être téléchargé depuis {url} : {error}. Rien n'a été conservé.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="476" />
            <source>{name}: the header announces {shape}, {size} MB; at most {limit} MB is accepted</source>
            <translation>{name} : l'en-tête annonce {shape}, {size} Mo ; au plus {limit} Mo sont acceptés</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="481" />
            <source>{source}: {key} holds {shape} values of {dtype}, {size} MB; at most {limit} MB is accepted</source>
            <translation>{source} : {key} contient {shape} valeurs de type {dtype}, {size} Mo ; au plus {limit} Mo sont acceptés</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="486" />
            <source>{source}: {key} holds values of type {dtype}; images and labels must be numbers (uint8 in MNIST's files)</source>
            <translation>{source} : {key} contient des valeurs de type {dtype} ; les images et les étiquettes doivent être des nombres (uint8 dans les fichiers de MNIST)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="491" />
            <source>{source}: the images in {key} must be whole numbers from 0 to 255, not {value}</source>
            <translation>{source} : les images de {key} doivent être des nombres entiers de 0 à 255, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="496" />
            <source>{source}: {key} holds no image; each part of a dataset needs at least one</source>
            <translation>{source} : {key} ne contient aucune image ; chaque partie d'un jeu de données en demande au moins une</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="500" />
            <source>{source}: {key} was written in a format this version cannot read (.npy {version})</source>
            <translation>{source} : {key} a été écrit dans un format que cette version ne sait pas lire (.npy {version})</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="505" />
            <source>the loss became {loss} at epoch {epoch}: the weights exploded. Lower the learning rate (now {rate}), for example divide it by 10, then press Reset and train again.</source>
            <translation>la perte est devenue {loss} à l'époque {epoch} : les poids ont explosé. Baissez le taux d'apprentissage (actuellement {rate}), par exemple divisez-le par 10, puis appuyez sur Réinitialiser et entraînez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="518" />
            <source>{name}: file not found</source>
            <translation>{name} : fichier introuvable</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="519" />
            <source>{name} is not a Keras model file</source>
            <translation>{name} n'est pas un fichier de modèle Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="414" />
            <location filename="../../guiapp/ui/i18n.py" line="520" />
            <source>{name} cannot be opened: {error}</source>
            <translation>{name} ne peut pas être ouvert : {error}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="521" />
            <source>{name} expects images of shape {shape}, but these images are {expected}</source>
            <translation>{name} attend des images de forme {shape}, mais ces images sont {expected}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="525" />
            <source>{name} gives {shape} outputs, but there are {classes} classes: a classifier ends with one output per class</source>
            <translation>{name} donne {shape} sorties, mais il y a {classes} classes : un classifieur se termine par une sortie par classe</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/i18n.py" line="530" />
            <source>{name} cannot be saved: {error}</source>
            <translation>{name} ne peut pas être enregistré : {error}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="21" />
            <source>layer {position}, {kind}: '{key}' must be a whole number &gt;= {low} and &lt;= {high}, not {value}</source>
            <translation>couche {position}, {kind} : '{key}' doit être un nombre entier &gt;= {low} et &lt;= {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="26" />
            <source>layer {position}, {kind}: '{key}' must be a number &gt;= {low} and &lt;= {high}, not {value}</source>
            <translation>couche {position}, {kind} : '{key}' doit être un nombre &gt;= {low} et &lt;= {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="31" />
            <source>layer {position}, {kind}: '{key}' must be 'valid', 'same' or a whole number P &gt;= 0 and &lt;= {high}, not {value}</source>
            <translation>couche {position}, {kind} : '{key}' doit être 'valid', 'same' ou un nombre entier P &gt;= 0 et &lt;= {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="36" />
            <source>layer {position}, {kind}: '{key}' must be one of {choices}, not {value}</source>
            <translation>couche {position}, {kind} : '{key}' doit être l'une des valeurs {choices}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="40" />
            <source>the input shape must be three whole numbers (H, W, D) &gt;= 1 and &lt;= {high}, not {value}</source>
            <translation>la forme d'entrée doit être trois nombres entiers (H, W, D) &gt;= 1 et &lt;= {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="45" />
            <source>layer {position}: no "type": each layer names its type, one of {choices}</source>
            <translation>couche {position} : pas de « type » : chaque couche nomme son type, parmi {choices}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="49" />
            <source>layer {position}: a layer is an object such as {{"type": "Flatten"}}, not {value}</source>
            <translation>couche {position} : une couche est un objet comme {{"type": "Flatten"}}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="54" />
            <source>a network holds at most {high} layers, not {count}</source>
            <translation>un réseau compte au plus {high} couches, pas {count}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="58" />
            <source>layer {position}: unknown layer type {kind}; the types are {choices}</source>
            <translation>couche {position} : type de couche inconnu {kind} ; les types sont {choices}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="62" />
            <source>layer {position}, {kind}: '{key}' must be a number &gt;= {low} and &lt; {high}, not {value}</source>
            <translation>couche {position}, {kind} : '{key}' doit être un nombre &gt;= {low} et &lt; {high}, pas {value}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="67" />
            <source>the file is {size}: a network file is at most {limit}</source>
            <translation>le fichier fait {size} : un fichier de réseau fait au plus {limit}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="71" />
            <source>this is not a text file in UTF-8 (byte {position} cannot be read)</source>
            <translation>ce n'est pas un fichier texte en UTF-8 (l'octet {position} est illisible)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="75" />
            <source>this is not a JSON file: it breaks at line {line}, column {column}</source>
            <translation>ce n'est pas un fichier JSON : il casse à la ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="79" />
            <source>the JSON nests too deeply to be a network file</source>
            <translation>le JSON est trop imbriqué pour être un fichier de réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="83" />
            <source>{value} is not a JSON number (NaN and Infinity are not allowed)</source>
            <translation>{value} n'est pas un nombre JSON (NaN et Infinity ne sont pas acceptés)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="87" />
            <source>the number {value} is too long for any field of a network file</source>
            <translation>le nombre {value} est trop long pour un champ d'un fichier de réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="91" />
            <source>the key {key} appears twice in one object: which value is meant is unclear</source>
            <translation>la clé {key} apparaît deux fois dans un même objet : on ne sait pas quelle valeur est voulue</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="96" />
            <source>this JSON file holds {value}, not a guiapp network (an object with "format": "guiapp-network")</source>
            <translation>ce fichier JSON contient {value}, pas un réseau guiapp (un objet avec "format": "guiapp-network")</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="101" />
            <source>this JSON file is not a guiapp network (no "format": "guiapp-network")</source>
            <translation>ce fichier JSON n'est pas un réseau guiapp (pas de "format": "guiapp-network")</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="105" />
            <source>this guiapp reads network files of version {supported}, not version {version}</source>
            <translation>ce guiapp lit les fichiers de réseau de version {supported}, pas de version {version}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="110" />
            <source>ignored, unknown to guiapp: {names}</source>
            <translation>ignoré, inconnu de guiapp : {names}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="114" />
            <source>layer {position}: ignored, unknown to {kind}: {names}</source>
            <translation>couche {position} : ignoré, inconnu de {kind} : {names}</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="118" />
            <source>this is not a file (a folder or a device)</source>
            <translation>ce n'est pas un fichier (un dossier ou un périphérique)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="122" />
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/messages.py" line="123" />
            <source>the file has no "{key}": a network file gives "input" (H, W, D) and "layers"</source>
            <translation>le fichier n'a pas de « {key} » : un fichier de réseau donne "input" (H, W, D) et "layers"</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../guiapp/ui/crash.py" line="54" />
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/crash.py" line="55" />
            <source>guiapp hit an unexpected error. Your work is saved; you can go on. Details below, for a bug report.</source>
            <translation>guiapp a rencontré une erreur inattendue. Votre travail est enregistré ; vous pouvez continuer. Détails ci-dessous, pour un rapport de bogue.</translation>
        </message>
    </context>
    <context>
        <name>CurvesPage</name>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="40" />
            <source>Loss</source>
            <extracomment>the plots side by side when the page is this many times wider than high</extracomment>
            <translation>Perte</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="41" />
            <location filename="../../guiapp/ui/train/curves.py" line="47" />
            <source>epoch</source>
            <translation>époque</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="46" />
            <source>Accuracy</source>
            <translation>Exactitude</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="70" />
            <source>training, per batch</source>
            <extracomment>the curves by history key ("batch_loss", "loss", "val_loss", ...)</extracomment>
            <translation>apprentissage, par lot</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="89" />
            <source>Grey: the training loss after each batch, the mean since the start of the epoch (what Keras reports). Blue: the training loss at the end of each epoch. Orange: the loss on the validation images, which the network does not train on.</source>
            <translation>Gris : la perte d'apprentissage après chaque lot, moyenne depuis le début de l'époque (ce que Keras affiche). Bleu : la perte d'apprentissage à la fin de chaque époque. Orange : la perte sur les images de validation, sur lesquelles le réseau ne s'entraîne pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="99" />
            <source>Grey: the training accuracy after each batch, the mean since the start of the epoch (what Keras reports). Blue: the training accuracy at the end of each epoch. Orange: the accuracy on the validation images, which the network does not train on.</source>
            <translation>Gris : l'exactitude d'apprentissage après chaque lot, moyenne depuis le début de l'époque (ce que Keras affiche). Bleu : l'exactitude d'apprentissage à la fin de chaque époque. Orange : l'exactitude sur les images de validation, sur lesquelles le réseau ne s'entraîne pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="74" />
            <source>training, per epoch</source>
            <translation>apprentissage, par époque</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/curves.py" line="75" />
            <source>validation</source>
            <translation>validation</translation>
        </message>
    </context>
    <context>
        <name>Datasets</name>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="87" />
            <source>MNIST, 5 000 digits (bundled)</source>
            <translation>MNIST, 5 000 chiffres (fourni)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="88" />
            <source>MNIST, full (70 000)</source>
            <translation>MNIST, complet (70 000)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="89" />
            <source>Fashion-MNIST, full (70 000)</source>
            <translation>Fashion-MNIST, complet (70 000)</translation>
        </message>
    </context>
    <context>
        <name>EvaluatePage</name>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="84" />
            <source>Evaluate on the test set</source>
            <extracomment>images of a confusion cell shown the widest count shown (its width is the cells' least)</extracomment>
            <translation>Évaluer sur l'ensemble de test</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="95" />
            <source>Rows: the true class; columns: the predicted class. Click a cell to see those images.</source>
            <translation>Lignes : la vraie classe ; colonnes : la classe prédite. Cliquez sur une case pour voir ces images.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="91" />
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="113" />
            <source>Confusion matrix</source>
            <translation>Matrice de confusion</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="103" />
            <source>Predicted class →</source>
            <translation>Classe prédite →</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="104" />
            <source>True class ↓</source>
            <translation>Vraie classe ↓</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="114" />
            <source>The most confident mistakes</source>
            <translation>Les erreurs les plus sûres</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="188" />
            <source>Evaluating: %1 of %2 test images…</source>
            <extracomment>the confusion cell shown (row, column), None for none</extracomment>
            <translation>Évaluation : %1 images de test sur %2…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="197" />
            <source>Test loss %1
Test accuracy %2</source>
            <translation>Perte sur le test %1
Exactitude sur le test %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="202" />
            <source>Train a network, then evaluate it on images it never saw.</source>
            <translation>Entraînez un réseau, puis évaluez-le sur des images qu'il n'a jamais vues.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="241" />
            <source>Accuracy per class: </source>
            <translation>Exactitude par classe : </translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="244" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="257" />
            <source>%1 read as %2 (%3)</source>
            <translation>%1 lu comme %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="272" />
            <source>Predicted class: %1</source>
            <translation>Classe prédite : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="275" />
            <source>True class: %1</source>
            <translation>Vraie classe : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="281" />
            <source>%1 images of %2 recognised</source>
            <translation>%1 images de %2 reconnues</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="284" />
            <source>%1 images of %2 read as %3</source>
            <translation>%1 images de %2 lues comme %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/evaluate_page.py" line="298" />
            <source>%1 images of %2 predicted as %3:</source>
            <translation>%1 images de %2 prédites comme %3 :</translation>
        </message>
    </context>
    <context>
        <name>FashionClasses</name>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="90" />
            <source>T-shirt/top</source>
            <translation>T-shirt/haut</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="91" />
            <source>Trouser</source>
            <translation>Pantalon</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="92" />
            <source>Pullover</source>
            <translation>Pull</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="93" />
            <source>Dress</source>
            <translation>Robe</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="94" />
            <source>Coat</source>
            <translation>Manteau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="95" />
            <source>Sandal</source>
            <translation>Sandale</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="96" />
            <source>Shirt</source>
            <translation>Chemise</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="97" />
            <source>Sneaker</source>
            <translation>Basket</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="98" />
            <source>Bag</source>
            <translation>Sac</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="99" />
            <source>Ankle boot</source>
            <translation>Bottine</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="17" />
            <source>The small grid of weights slid over the image; a CNN learns them.</source>
            <translation>La petite grille de poids que l'on fait glisser sur l'image ; un CNN les apprend.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="25" />
            <source>S: how many pixels the window moves at each step.</source>
            <translation>S : de combien de pixels la fenêtre avance à chaque pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="32" />
            <source>P: a border of zeros added around the input, so the output can keep its size.</source>
            <translation>P : un contour de zéros ajouté autour de l'entrée, pour que la sortie garde sa taille.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="40" />
            <source>Summarises each F×F cell by one number (max, mean, L2 norm…), shrinking the image.</source>
            <translation>Résume chaque cellule F×F par un seul nombre (max, moyenne, norme L2…) et réduit l'image.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="48" />
            <source>Every output is connected to every input, with its own weight.</source>
            <translation>Chaque sortie est reliée à chaque entrée, avec son propre poids.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="56" />
            <source>The part of the input that one output pixel depends on.</source>
            <translation>La partie de l'entrée dont dépend un pixel de sortie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="63" />
            <source>The output of one filter of a convolution layer.</source>
            <translation>La sortie d'un filtre d'une couche de convolution.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="70" />
            <source>What CNNs call convolution: the kernel is used without flipping it.</source>
            <translation>Ce que les CNN appellent convolution : le noyau est utilisé sans être retourné.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="78" />
            <source>D: 1 for a grey image, 3 for colour, K after a layer of K filters.</source>
            <translation>D : 1 pour une image en niveaux de gris, 3 en couleurs, K après une couche de K filtres.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="86" />
            <source>The non-linearity applied after a layer: ReLU, sigmoid, tanh, softmax.</source>
            <translation>La non-linéarité appliquée après une couche : ReLU, sigmoïde, tanh, softmax.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="94" />
            <source>One pass of the training over every training example.</source>
            <translation>Un passage de l'entraînement sur tous les exemples d'entraînement.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="102" />
            <source>The examples seen before each update of the weights (batch_size of them).</source>
            <translation>Les exemples vus avant chaque mise à jour des poids (batch_size exemples).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="110" />
            <source>The error the training makes smaller; cross-entropy for classes, mean squared error for a series.</source>
            <translation>L'erreur que l'entraînement fait diminuer : l'entropie croisée pour des classes, l'erreur quadratique moyenne pour une série.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="119" />
            <source>The share of examples whose predicted class is the right one.</source>
            <translation>La part des exemples dont la classe prédite est la bonne.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="127" />
            <source>How big a step the optimizer takes against the gradient at each update.</source>
            <translation>La taille du pas que l'optimiseur fait contre le gradient à chaque mise à jour.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="135" />
            <source>Training examples kept aside to measure, at each epoch, how well the network does on examples it does not learn from.</source>
            <translation>Des exemples d'entraînement mis de côté pour mesurer, à chaque époque, ce que vaut le réseau sur des exemples dont il n'apprend pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="144" />
            <source>The training loss keeps falling while the validation loss rises: the network learns its examples by heart.</source>
            <translation>La perte d'entraînement baisse encore quand celle de validation remonte : le réseau apprend ses exemples par cœur.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="153" />
            <source>A class written as a vector of zeros with a 1 at its place: 3 of 10 is [0, 0, 0, 1, 0, 0, 0, 0, 0, 0].</source>
            <translation>Une classe écrite comme un vecteur de zéros avec un 1 à sa place : 3 sur 10 donne [0, 0, 0, 1, 0, 0, 0, 0, 0, 0].</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="162" />
            <source>A network that reads a sequence step by step and carries a state.</source>
            <translation>Un réseau qui lit une séquence pas à pas et transporte un état.</translation>
        </message>
    </context>
    <context>
        <name>GlossaryDock</name>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="270" />
            <source>Glossary</source>
            <extracomment>the share of the width of the French term, the English one (the meaning has the rest)</extracomment>
            <translation>Glossaire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="273" />
            <source>Français</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="273" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/glossary.py" line="273" />
            <source>Meaning</source>
            <translation>Sens</translation>
        </message>
    </context>
    <context>
        <name>GradientsPage</name>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="64" />
            <source>Multiply the recurrent weights Wy: above 1 with relu, gradients explode.</source>
            <extracomment>the log scale's floor: a zero gradient is drawn this small</extracomment>
            <translation>Multiplier les poids récurrents Wy : au-dessus de 1 avec relu, les gradients explosent.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="72" />
            <source>clipnorm: a gradient longer than this is scaled down to it (0: off).</source>
            <translation>clipnorm : un gradient plus long que cette valeur est ramené à elle (0 : désactivé).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="77" />
            <source>Compute the gradients</source>
            <translation>Calculer les gradients</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="82" />
            <source>|d prediction / d x_t| per time step t (log scale)</source>
            <translation>|d prédiction / d x_t| par pas de temps t (échelle log)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="103" />
            <source>gradient</source>
            <translation>gradient</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="104" />
            <source>after clipping</source>
            <translation>après écrêtage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="113" />
            <source>Cell:</source>
            <translation>Cellule :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="114" />
            <source>Activation:</source>
            <translation>Activation :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="115" />
            <source>Time steps:</source>
            <translation>Pas de temps :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="116" />
            <source>Recurrent weights ×:</source>
            <translation>Poids récurrents × :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="117" />
            <source>clipnorm:</source>
            <translation>clipnorm :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="186" />
            <source>Backpropagation through time multiplies, step after step back, by the recurrent weights and the activation's slope: with sigmoid or tanh the early time steps get vanishing gradients; exploding gradients are cut by clipping (clipnorm).</source>
            <translation>La rétropropagation dans le temps multiplie, pas après pas en arrière, par les poids récurrents et la pente de l'activation : avec sigmoïde ou tanh, les premiers pas de temps reçoivent des gradients qui s'évanouissent ; les gradients qui explosent sont coupés par l'écrêtage (clipnorm).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="208" />
            <source>%1 with %2 over %3 steps: the last step's gradient is %4 times the first's.</source>
            <translation>%1 avec %2 sur %3 pas : le gradient du dernier pas vaut %4 fois celui du premier.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/gradients_page.py" line="217" />
            <source>Norm %1, after clipping %2.</source>
            <translation>Norme %1, après écrêtage %2.</translation>
        </message>
    </context>
    <context>
        <name>ImageError</name>
        <message>
            <location filename="../../guiapp/images.py" line="125" />
            <source>The file {name} does not exist.</source>
            <translation>Le fichier {name} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="131" />
            <source>{name} is a folder, not an image file. Choose a file inside it.</source>
            <translation>{name} est un dossier, pas un fichier image. Choisissez un fichier à l'intérieur.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="108" />
            <location filename="../../guiapp/images.py" line="138" />
            <source>guiapp is not allowed to read {name}. Check the file's permissions.</source>
            <extracomment>Largest image (in pixels) shown interactively: 2048 x 2048. Convolving a larger one on every keystroke would make the tab stutter on a laptop. Most memory one image may take while it is decoded, in megabytes. A file that would need more (a decompression bomb, a 40 000 x 40 000 scan) is refused from its header before any pixel is decoded, and no smaller copy of it is offered: only JPEG (and SVG) can be decoded straight to a smaller size; every other format is decoded whole, then shrunk. Qt's own allocation limit, which counts every pixel as 32 bits, is set to 4 times this. Formats whose Qt reader decodes at a smaller size when asked (JPEG by libjpeg's 1/8 to 8/8 scaling, SVG by drawing smaller). Other readers that accept QImageReader.setScaledSize decode the whole image first. The most a deflate stream (PNG's pixel data) can shrink its input: 258 bytes in two bits.</extracomment>
            <translation>guiapp n'a pas le droit de lire {name}. Vérifiez les permissions du fichier.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="145" />
            <source>{name} is empty (0 bytes): it holds no image.</source>
            <translation>{name} est vide (0 octet) : il ne contient aucune image.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="200" />
            <source>guiapp cannot read .{suffix} files. Supported formats: {formats}.</source>
            <extracomment>the first bytes of the formats that have a signature, and Qt's name for them</extracomment>
            <translation>guiapp ne sait pas lire les fichiers .{suffix}. Formats pris en charge : {formats}.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="206" />
            <source>{name} is not an image guiapp can read: its content is not a valid image (the file may be damaged, or be another kind of file with an image's name).</source>
            <translation>{name} n'est pas une image que guiapp peut lire : son contenu n'est pas une image valide (le fichier est peut-être endommagé, ou c'est un autre type de fichier portant un nom d'image).</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="378" />
            <source>{name} is damaged: its header says {width} x {height} pixels, but the file is too short to hold them. It may have been cut short while it was copied or downloaded: copy or download it again.</source>
            <translation>{name} est abîmé : son en-tête annonce {width} x {height} pixels, mais le fichier est trop court pour les contenir. Il a peut-être été tronqué pendant une copie ou un téléchargement : copiez-le ou téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="397" />
            <source>{name} is damaged: the JPEG file ends before its image does. It may have been cut short while it was copied or downloaded: copy or download it again.</source>
            <translation>{name} est abîmé : le fichier JPEG s'arrête avant la fin de son image. Il a peut-être été tronqué pendant une copie ou un téléchargement : copiez-le ou téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="415" />
            <source>{name} is {width} x {height} pixels: guiapp reads JPEG files of at most {side} pixels a side. Make a copy of at most {sw} x {sh} pixels with an image editor, and open that copy.</source>
            <translation>{name} fait {width} x {height} pixels : guiapp lit les fichiers JPEG d'au plus {side} pixels de côté. Faites-en une copie d'au plus {sw} x {sh} pixels avec un éditeur d'images, et ouvrez cette copie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="438" />
            <source>{name} is {width} x {height} pixels: guiapp cannot open it, not even as a smaller copy, because decoding it would take {need} MB of memory and guiapp allows {limit} MB for one image. Make a copy of at most {sw} x {sh} pixels with an image editor, and open that copy.</source>
            <translation>{name} fait {width} x {height} pixels : guiapp ne peut pas l'ouvrir, même en copie réduite, car le décoder demanderait {need} Mo de mémoire et guiapp permet {limit} Mo pour une image. Faites-en une copie d'au plus {sw} x {sh} pixels avec un éditeur d'images, et ouvrez cette copie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="543" />
            <source>{name} is {width} x {height} pixels, too large to convolve interactively. guiapp can open a copy of {sw} x {sh} pixels.</source>
            <extracomment>Source rows a band of :func:`_shrink` holds, in bytes at 32 bits a pixel.</extracomment>
            <translation>{name} fait {width} x {height} pixels, trop grand pour une convolution interactive. guiapp peut en ouvrir une copie de {sw} x {sh} pixels.</translation>
        </message>
        <message>
            <location filename="../../guiapp/images.py" line="599" />
            <source>{name} could not be decoded ({reason}). The file may be truncated or damaged.</source>
            <translation>{name} n'a pas pu être décodé ({reason}). Le fichier est peut-être tronqué ou endommagé.</translation>
        </message>
    </context>
    <context>
        <name>ImageOpener</name>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="105" />
            <source>Open image</source>
            <extracomment>the files a drop on the window opens in another tab, never as a photo: Keras models (Training), networks (CNN builder), datasets (Training's import)</extracomment>
            <translation>Ouvrir une image</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="107" />
            <source>Images (%s)</source>
            <translation>Images (%s)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="107" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="146" />
            <source>Opening the smaller copy.</source>
            <translation>Ouverture de la copie réduite.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="151" />
            <source>Large image</source>
            <translation>Image volumineuse</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="152" />
            <source>Open the smaller copy?</source>
            <translation>Ouvrir la copie réduite ?</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/opener.py" line="175" />
            <source>Cannot open this image</source>
            <translation>Impossible d'ouvrir cette image</translation>
        </message>
    </context>
    <context>
        <name>ImagePane</name>
        <message>
            <location filename="../../guiapp/ui/image_view.py" line="623" />
            <source>Fit image to view</source>
            <translation>Ajuster l'image à la vue</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/image_view.py" line="627" />
            <source>Export this image as PNG…</source>
            <translation>Exporter cette image en PNG…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/image_view.py" line="548" />
            <source>Export image</source>
            <extracomment>How a pane maps numbers to colours. grey: 0..255 as a photo; diverging: symmetric around 0 (blue &lt; 0 &lt; red); absolute: |value| in grey; max: value / max(value) as the course shows it; cyclic: an angle in degrees; binary: 0/1 edges; auto: grey from min to max. The maps for each palette: "standard" (blue &lt; 0 &lt; red), or "colourblind", whose diverging and cyclic maps stay told apart with any colour vision (Kovesi's CET colour-blind-safe maps, blue &lt; 0 &lt; yellow); grey is grey. the panes alive, drawn again when the palette changes Arrays with more pixels are drawn from every k-th pixel (see the module's note). where the last image was exported (every pane's dialog opens there) the pixel (row, column) the readout tells, None for none</extracomment>
            <translation>Exporter l'image</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/image_view.py" line="551" />
            <source>There is no image to export yet.</source>
            <translation>Il n'y a pas encore d'image à exporter.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/image_view.py" line="558" />
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>InsidePage</name>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="45" />
            <source>First layer's kernels (Sobel x from the convolution tab first)</source>
            <translation>Noyaux de la première couche (d'abord Sobel x de l'onglet convolution)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="51" />
            <source>Feature maps for the test image of the Predict page</source>
            <translation>Cartes de caractéristiques pour l'image de test de la page Prédire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="83" />
            <location filename="../../guiapp/ui/train/inside_page.py" line="148" />
            <source>input</source>
            <extracomment>each layer's caption with its FeatureMaps (written again on a switch)</extracomment>
            <translation>entrée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="104" />
            <source>Computing the kernels and feature maps…</source>
            <translation>Calcul des noyaux et des cartes de caractéristiques…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="107" />
            <source>Train a network with a convolution layer first.</source>
            <translation>Entraînez d'abord un réseau avec une couche de convolution.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="110" />
            <source>The first layer's learned kernels beside the hand-made ones of the convolution tab, and the feature maps of every convolution and pooling layer for the chosen test image.</source>
            <translation>Les noyaux appris par la première couche à côté de ceux faits à la main de l'onglet convolution, et les cartes de caractéristiques de chaque couche de convolution et de regroupement pour l'image de test choisie.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="117" />
            <source>This network has no convolution layer: nothing to show here. Choose a network with one, for example “%1”.</source>
            <translation>Ce réseau n'a pas de couche de convolution : rien à montrer ici. Choisissez un réseau qui en a une, par exemple « %1 ».</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="124" />
            <source>The first convolution (layer %1) learned %2 kernels of %3×%3; the first %4 are shown.</source>
            <translation>La première convolution (couche %1) a appris %2 noyaux de %3×%3 ; les %4 premiers sont montrés.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="177" />
            <source>%1, layer %2: output %3</source>
            <translation>%1, couche %2 : sortie %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="184" />
            <source>%1: output %2</source>
            <translation>%1 : sortie %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/inside_page.py" line="190" />
            <source>Name of the layer in Keras: %1</source>
            <translation>Nom de la couche dans Keras : %1</translation>
        </message>
    </context>
    <context>
        <name>KerasPanel</name>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="41" />
            <source>Layer</source>
            <extracomment>what else decides which rows the panel may show (exercise mode)</extracomment>
            <translation>Couche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="42" />
            <source>Keras output shape</source>
            <translation>Forme de sortie Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="43" />
            <source>Keras parameters</source>
            <translation>Paramètres Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="44" />
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="49" />
            <source>Keras's summary</source>
            <translation>Résumé de Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="75" />
            <source>Too many parameters to build here (at most %1, %2 MB of weights). Make the network smaller to compare it with Keras.</source>
            <translation>Trop de paramètres pour le construire ici (au plus %1, %2 Mo de poids). Réduisez le réseau pour le comparer à Keras.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="83" />
            <source>%1 parameters: too many to build here (at most %2, %3 MB of weights). Make the network smaller to compare it with Keras.</source>
            <translation>%1 paramètres : trop pour être construit ici (au plus %2, %3 Mo de poids). Réduisez le réseau pour le comparer avec Keras.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="93" />
            <source>Fix the marked layer first: Keras would refuse this network too.</source>
            <translation>Corrigez d'abord la couche marquée : Keras refuserait aussi ce réseau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="96" />
            <source>Building the model with Keras…</source>
            <translation>Construction du modèle avec Keras…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="104" />
            <source>Keras agrees on %1 of %2 layers.</source>
            <translation>Keras est d'accord sur %1 couches sur %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="109" />
            <source>Keras could not build this model: %1</source>
            <translation>Keras n'a pas pu construire ce modèle : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="113" />
            <source>Keras's own summary appears here after Check with Keras.</source>
            <translation>Le résumé de Keras apparaît ici après « Vérifier avec Keras ».</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="116" />
            <source>Exercise mode: %1 layers are hidden until they are answered right or revealed.</source>
            <translation>Mode exercice : %1 couches restent cachées tant qu'elles ne sont pas justes ou révélées.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/keras_panel.py" line="132" />
            <source>✗ ours: %1, %2</source>
            <translation>✗ le nôtre : %1, %2</translation>
        </message>
    </context>
    <context>
        <name>KernelEditor</name>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="140" />
            <source>F, the kernel size. Each output pixel sees an F×F window of the input.</source>
            <translation>F, la taille du noyau. Chaque pixel de sortie voit une fenêtre F×F de l'entrée.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="147" />
            <source>Classic filters and the course's kernels A, B and C.</source>
            <translation>Filtres classiques et noyaux A, B et C du cours.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="155" />
            <source>Custom</source>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="160" />
            <source>Kernel weights</source>
            <translation>Poids du noyau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="164" />
            <source>The kernel's weights. Type a number (-1, 0.5, 0,5 or 1/9); the result updates at once. Ctrl+Z undoes.</source>
            <translation>Les poids du noyau. Tapez un nombre (-1, 0.5, 0,5 ou 1/9) ; le résultat se met à jour aussitôt. Ctrl+Z annule.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="175" />
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="404" />
            <source>Normalise</source>
            <translation>Normaliser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="179" />
            <source>Divide by the sum of the weights, so a flat image keeps its brightness (by the sum of absolute values when the weights sum to 0).</source>
            <translation>Diviser par la somme des poids, pour qu'une image uniforme garde sa luminosité (par la somme des valeurs absolues quand la somme des poids est nulle).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="187" />
            <source>Flip kernel (true convolution)</source>
            <translation>Retourner le noyau (vraie convolution)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="192" />
            <source>CNNs compute a cross-correlation: the kernel is used as is. True convolution flips it left-right and up-down first. For a symmetric kernel both give the same result; try Sobel x or the course's kernel B.</source>
            <translation>Les CNN calculent une corrélation croisée : le noyau est utilisé tel quel. La vraie convolution le retourne d'abord de gauche à droite et de haut en bas. Pour un noyau symétrique, les deux donnent le même résultat ; essayez Sobel x ou le noyau B du cours.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="205" />
            <source>Preset:</source>
            <translation>Préréglage :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="206" />
            <source>Size F:</source>
            <translation>Taille F :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="253" />
            <source>Set kernel</source>
            <translation>Changer le noyau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="262" />
            <source>Preset %s</source>
            <translation>Préréglage %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="345" />
            <source>Sum of weights: %s</source>
            <translation>Somme des poids : %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="281" />
            <source>Kernel size %d</source>
            <translation>Taille du noyau %d</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="379" />
            <source>"%s" is not a number. Type a number such as -1, 0.5 or 1/9.</source>
            <translation>« %s » n'est pas un nombre. Tapez un nombre comme -1, 0,5 ou 1/9.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="383" />
            <source>"%1" is too large: a weight is from -%2 to %2.</source>
            <translation>« %1 » est trop grand : un poids va de -%2 à %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="396" />
            <source>Cell (%d, %d) = %s</source>
            <translation>Case (%d, %d) = %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="412" />
            <source>Flip kernel</source>
            <translation>Retourner le noyau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="414" />
            <source>Unflip kernel</source>
            <translation>Remettre le noyau à l'endroit</translation>
        </message>
    </context>
    <context>
        <name>Kernels</name>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="66" />
            <source>Identity</source>
            <extracomment>rows of the kernel shown without scrolling (an 11×11 kernel scrolls) The largest weight (in absolute value) a kernel cell accepts: a larger one is refused with a sentence. 121 cells of 10^6 on 255 stay far from overflow.</extracomment>
            <translation>Identité</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="67" />
            <source>Box blur (mean)</source>
            <translation>Flou moyen (boîte)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="68" />
            <source>Gaussian blur</source>
            <translation>Flou gaussien</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="69" />
            <source>Sharpen</source>
            <translation>Netteté</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="70" />
            <source>Laplacian</source>
            <translation>Laplacien</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="71" />
            <source>Sobel x (vertical edges)</source>
            <translation>Sobel x (bords verticaux)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="72" />
            <source>Sobel y (horizontal edges)</source>
            <translation>Sobel y (bords horizontaux)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="73" />
            <source>Prewitt x</source>
            <translation>Prewitt x</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="74" />
            <source>Prewitt y</source>
            <translation>Prewitt y</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="75" />
            <source>Emboss</source>
            <translation>Estampage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="76" />
            <source>Course kernel A (3×3)</source>
            <translation>Noyau A du cours (3×3)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="77" />
            <source>Course kernel B (3×3)</source>
            <translation>Noyau B du cours (3×3)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="78" />
            <source>Course kernel C (5×5)</source>
            <translation>Noyau C du cours (5×5)</translation>
        </message>
    </context>
    <context>
        <name>LayerEditor</name>
        <message>
            <location filename="../../guiapp/ui/builder/layer_editor.py" line="149" />
            <source>Selected layer</source>
            <extracomment>field name -&gt; its widget, for the layer shown</extracomment>
            <translation>Couche sélectionnée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_editor.py" line="153" />
            <source>Layer %1: %2</source>
            <translation>Couche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>LayerKinds</name>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="100" />
            <source>Convolution</source>
            <translation>Convolution</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="101" />
            <source>Max pooling</source>
            <translation>Regroupement par maximum</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="102" />
            <source>Average pooling</source>
            <translation>Regroupement par moyenne</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="103" />
            <source>Dense (fully connected)</source>
            <translation>Dense (entièrement connectée)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="104" />
            <source>Flatten</source>
            <translation>Aplatissement</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="105" />
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="106" />
            <source>Dropout</source>
            <translation>Abandon (dropout)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="107" />
            <source>Zero padding</source>
            <translation>Remplissage de zéros</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="108" />
            <source>Transposed convolution</source>
            <translation>Convolution transposée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="109" />
            <source>Separable convolution</source>
            <translation>Convolution séparable</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="110" />
            <source>Batch normalization</source>
            <translation>Normalisation par lot</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="111" />
            <source>Global average pooling</source>
            <translation>Regroupement global par moyenne</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="112" />
            <source>Global max pooling</source>
            <translation>Regroupement global par maximum</translation>
        </message>
    </context>
    <context>
        <name>LayerList</name>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="47" />
            <source>Layers</source>
            <extracomment>how many layers the list shows at least, in any zoom</extracomment>
            <translation>Couches</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="51" />
            <source>The layers, input at the top. Drag to reorder; Delete removes, Ctrl+D duplicates, Ctrl+Up/Down moves.</source>
            <translation>Les couches, l'entrée en haut. Glissez pour réordonner ; Suppr supprime, Ctrl+D duplique, Ctrl+Haut/Bas déplace.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="60" />
            <source>Add layer</source>
            <translation>Ajouter une couche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="74" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="75" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="77" />
            <source>Move the layer up (Ctrl+Up)</source>
            <translation>Monter la couche (Ctrl+Haut)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/layer_list.py" line="80" />
            <source>Move the layer down (Ctrl+Down)</source>
            <translation>Descendre la couche (Ctrl+Bas)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../guiapp/ui/controller.py" line="45" />
            <source>Loading TensorFlow in the background…</source>
            <translation>Chargement de TensorFlow en arrière-plan…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/controller.py" line="49" />
            <source>%1 ready</source>
            <translation>%1 prêt</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/controller.py" line="53" />
            <source>TensorFlow could not be loaded: %1</source>
            <translation>TensorFlow n'a pas pu être chargé : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="129" />
            <source>guiapp — convolutional and recurrent networks</source>
            <translation>guiapp — réseaux convolutifs et récurrents</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/tabs.py" line="49" />
            <source>Convolution &amp;&amp; pooling</source>
            <extracomment>the tab bar's title in the current language "module:Class" of the tab's Document (Qt-free) "module:Class" of the tab's widget (a guiapp.ui.common.tab.Tab) made after the window shows (or when first needed)</extracomment>
            <translation>Convolution &amp;&amp; regroupement</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/tabs.py" line="50" />
            <source>CNN builder</source>
            <translation>Constructeur de CNN</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/tabs.py" line="51" />
            <source>Training</source>
            <translation>Apprentissage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/tabs.py" line="52" />
            <source>Recurrent networks</source>
            <translation>Réseaux récurrents</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="274" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="276" />
            <source>&amp;Open image…</source>
            <translation>&amp;Ouvrir une image…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="282" />
            <source>&amp;Export result as PNG…</source>
            <translation>&amp;Exporter le résultat en PNG…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="288" />
            <source>Show &amp;code</source>
            <translation>Voir le &amp;code</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="292" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="302" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="326" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="328" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Agrandir</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="331" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Réduire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="334" />
            <location filename="../../guiapp/ui/main_window.py" line="573" />
            <source>&amp;Reset zoom (now %1 %)</source>
            <translation>&amp;Réinitialiser le zoom (actuellement %1 %)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="341" />
            <source>&amp;Presentation mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="350" />
            <source>Full screen, without the side panels and the bars: the plots and images take the projector. F5 or Esc to leave.</source>
            <translation>Plein écran, sans les panneaux latéraux ni les barres : les graphiques et les images occupent le projecteur. F5 ou Échap pour quitter.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="363" />
            <source>Colour-&amp;blind safe colours</source>
            <translation>Couleurs adaptées aux &amp;daltoniens</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="372" />
            <source>Maps of signed values in blue and yellow instead of blue and red: told apart with any colour vision.</source>
            <translation>Les cartes de valeurs signées en bleu et jaune au lieu de bleu et rouge : distinguées quelle que soit la vision des couleurs.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="379" />
            <source>&amp;Glossary</source>
            <translation>&amp;Glossaire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="383" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="396" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="397" />
            <source>&amp;About guiapp</source>
            <translation>&amp;À propos de guiapp</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="406" />
            <source>Undo %1</source>
            <translation>Annuler %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="406" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="409" />
            <source>Redo %1</source>
            <translation>Rétablir %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="409" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="467" />
            <source>Presentation mode: Esc or F5 to leave.</source>
            <translation>Mode présentation : Échap ou F5 pour en sortir.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="577" />
            <source>Zoom %1 %</source>
            <translation>Zoom %1 %</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="627" />
            <source>Export result as PNG</source>
            <translation>Exporter le résultat en PNG</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="633" />
            <location filename="../../guiapp/ui/main_window.py" line="657" />
            <source>There is no result to export yet: wait until it is computed, or change what the left panel says stops it.</source>
            <translation>Il n'y a pas encore de résultat à exporter : attendez qu'il soit calculé, ou changez ce qui l'empêche d'après le panneau de gauche.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="643" />
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="664" />
            <source>Saved %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/main_window.py" line="706" />
            <source>Working…</source>
            <translation>Calcul en cours…</translation>
        </message>
    </context>
    <context>
        <name>NetworkDrawing</name>
        <message>
            <location filename="../../guiapp/ui/builder/drawing.py" line="314" />
            <source>Input</source>
            <extracomment>the shape of a layer whose answer is hidden (exercise mode) the names drawn under the boxes (Keras's own short aliases, BatchNorm as the papers write it) what is left above the drawing, and between a label and the boxes, in pixels what is drawn: (name, shape, ok) for the input and each layer; the shape is None where it could not be computed, HIDDEN where the exercise hides it</extracomment>
            <translation>Entrée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/drawing.py" line="332" />
            <source>Network drawing</source>
            <translation>Dessin du réseau</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="276" />
            <source>This field</source>
            <extracomment>The largest value a 32-bit Qt spin box (:class:`IntegerBox`) holds. The largest whole number a field holds (:class:`WholeBox`): NumPy's seeds. Qt's most decimals: a QDoubleSpinBox then rounds nothing a user types beyond 10**±_FAR a typed number is no double (and no Decimal is made of it) a whole-number field the last refusal's sentence ("" after a value is taken)</extracomment>
            <translation>Ce champ</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="292" />
            <source>type a whole number from %1 to %2.</source>
            <translation>tapez un nombre entier de %1 à %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="299" />
            <source>type a number from %1 to %2.</source>
            <translation>tapez un nombre de %1 à %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="327" />
            <source>%1: nothing was typed: %2</source>
            <translation>%1 : rien n'a été tapé : %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="332" />
            <source>%1: %2 is more than %3: %4</source>
            <translation>%1 : %2 est plus grand que %3 : %4</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="338" />
            <source>%1: %2 is less than %3: %4</source>
            <translation>%1 : %2 est plus petit que %3 : %4</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="344" />
            <source>%1: %2 is not a whole number: %3</source>
            <translation>%1 : %2 n'est pas un nombre entier : %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="348" />
            <source>%1: %2 is too close to 0 to be told from it: %3</source>
            <translation>%1 : %2 est trop proche de 0 pour en être distingué : %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/common/number_box.py" line="352" />
            <source>%1: %2 is not a number: %3</source>
            <translation>%1 : %2 n'est pas un nombre : %3</translation>
        </message>
    </context>
    <context>
        <name>OddSpinBox</name>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="92" />
            <source>type an odd whole number from %1 to %2.</source>
            <translation>tapez un nombre entier impair de %1 à %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/kernel_editor.py" line="98" />
            <source>%1: %2 is even: a kernel has an odd size, so that it has a centre pixel; %3</source>
            <translation>%1 : %2 est pair : un noyau a une taille impaire, pour avoir un pixel central ; %3</translation>
        </message>
    </context>
    <context>
        <name>PoolingPage</name>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="40" />
            <source>Grey image</source>
            <translation>Image en gris</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="40" />
            <source>Convolution output</source>
            <translation>Sortie de la convolution</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="48" />
            <source>F, the side of each square cell. The course uses F = 4, and F = 2 in general.</source>
            <translation>F, le côté de chaque cellule carrée. Le cours utilise F = 4 ; on prend en général F = 2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="55" />
            <source>S, the distance between cells. S = F: cells do not overlap.</source>
            <translation>S, la distance entre cellules. S = F : les cellules ne se chevauchent pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="67" />
            <source>Pool:</source>
            <translation>Regrouper :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="68" />
            <source>Window F:</source>
            <translation>Fenêtre F :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="69" />
            <source>Stride S:</source>
            <translation>Pas S :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="135" />
            <source>No convolution output to pool: see the reason on the left.</source>
            <translation>Aucune sortie de convolution à regrouper : la raison est donnée à gauche.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="142" />
            <source>Output size, (W − F)/S + 1:</source>
            <translation>Taille de la sortie, (W − F)/S + 1 :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="148" />
            <source>%1 values → %2 values (%3 × %4).</source>
            <translation>%1 valeurs → %2 valeurs (%3 × %4).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="157" />
            <source>Not whole: the last cells that do not fit are dropped (floor).</source>
            <translation>Non entier : les dernières cellules, qui ne tiennent pas en entier, sont laissées de côté (partie entière).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="161" />
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="164" />
            <source>The %1×%1 window does not fit in the %2×%3 input.</source>
            <translation>La fenêtre %1×%1 ne tient pas dans l'entrée %2×%3.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="193" />
            <source>Max pooling</source>
            <translation>Regroupement par maximum</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="194" />
            <source>Average (mean) pooling</source>
            <translation>Moyenne (average pooling)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="195" />
            <source>L2 norm √(Σ x²)</source>
            <translation>Norme L2 √(Σ x²)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/pooling_page.py" line="196" />
            <source>Mean weighted by distance to the centre</source>
            <translation>Moyenne pondérée par la distance au centre</translation>
        </message>
    </context>
    <context>
        <name>PredictPage</name>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="131" />
            <location filename="../../guiapp/ui/train/predict_page.py" line="151" />
            <source>Probabilities</source>
            <translation>Probabilités</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="138" />
            <source>Draw a digit with the mouse (white on black, like MNIST). Beside it, the 28 × 28 the network sees: your drawing cropped, scaled to 20 × 20 and centred, as MNIST's digits were made.</source>
            <translation>Dessinez un chiffre à la souris (blanc sur noir, comme MNIST). À côté, le 28 × 28 que voit le réseau : votre dessin recadré, mis à l'échelle 20 × 20 et centré, comme les chiffres de MNIST ont été faits.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="145" />
            <source>Drawing of a digit</source>
            <translation>Dessin d'un chiffre</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="148" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="157" />
            <source>Test image:</source>
            <translation>Image test :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="181" />
            <source>Your drawing</source>
            <translation>Votre dessin</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="205" />
            <source>Where it looked:</source>
            <extracomment>the sections are side by side</extracomment>
            <translation>Où il a regardé :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="210" />
            <source>An orange map over the test image and over the 28 × 28 of your drawing: the pixels that moved the network's answer most. Gradients: how much the answer's score changes with each pixel. SmoothGrad: the same, averaged over 16 noisy copies (steadier). Grad-CAM: where the last convolution looked (a network with a convolution).</source>
            <translation>Une carte orange sur l'image de test et sur le 28 × 28 de votre dessin : les pixels qui ont le plus pesé sur la réponse du réseau. Gradients : combien le score de la réponse change avec chaque pixel. SmoothGrad : la même chose, moyennée sur 16 copies bruitées (plus stable). Grad-CAM : où la dernière convolution a regardé (un réseau avec une convolution).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="282" />
            <source>nowhere (no map)</source>
            <translation>nulle part (pas de carte)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="283" />
            <source>gradients</source>
            <translation>gradients</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="284" />
            <source>SmoothGrad</source>
            <translation>SmoothGrad</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="285" />
            <source>Grad-CAM</source>
            <translation>Grad-CAM</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="351" />
            <source>Grad-CAM needs a network with a convolution: choose gradients.</source>
            <translation>Grad-CAM demande un réseau avec une convolution : choisissez gradients.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="360" />
            <source>Draw a digit with the mouse.</source>
            <translation>Dessinez un chiffre à la souris.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="325" />
            <source>Training: the prediction comes when the run ends.</source>
            <translation>Entraînement en cours : la prédiction viendra à la fin.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="327" />
            <source>Train a network first.</source>
            <translation>Entraînez d'abord un réseau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="340" />
            <source>argmax(predict(test_X)[%1]) = %2 (%3), the true label is %4.</source>
            <translation>argmax(predict(test_X)[%1]) = %2 (%3), la vraie étiquette est %4.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/predict_page.py" line="365" />
            <source>Your drawing looks like %1 (%2).</source>
            <translation>Votre dessin ressemble à %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <location filename="../../guiapp/ui/preset_names.py" line="19" />
            <source>Course: MNIST dense network</source>
            <translation>Cours : réseau dense MNIST</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/preset_names.py" line="22" />
            <source>Course: Fashion-MNIST CNN, printed summary</source>
            <translation>Cours : CNN Fashion-MNIST, résumé imprimé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/preset_names.py" line="25" />
            <source>Course: deeper Fashion-MNIST CNN</source>
            <translation>Cours : CNN Fashion-MNIST plus profond</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/preset_names.py" line="28" />
            <source>LeNet-5 (LeCun 1998), a classic beyond the course</source>
            <translation>LeNet-5 (LeCun 1998), un classique au-delà du cours</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/preset_names.py" line="31" />
            <source>Small modern CNN: conv-BN-ReLU blocks, global pooling</source>
            <translation>Petit CNN moderne : blocs conv-BN-ReLU, regroupement global</translation>
        </message>
    </context>
    <context>
        <name>ReceptiveView</name>
        <message>
            <location filename="../../guiapp/ui/builder/receptive_view.py" line="129" />
            <source>The input, %1 × %2: the first output pixel of the selected layer sees the orange square, its right neighbour the dashed one.</source>
            <translation>L'entrée, %1 × %2 : le premier pixel de sortie de la couche choisie voit le carré orange, son voisin de droite le carré en pointillés.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/receptive_view.py" line="142" />
            <source>Its receptive field shows once the layer is answered.</source>
            <translation>Son champ récepteur s'affiche une fois la couche trouvée.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/receptive_view.py" line="144" />
            <source>Each output of this layer sees the whole input.</source>
            <translation>Chaque sortie de cette couche voit toute l'entrée.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/receptive_view.py" line="155" />
            <source>Layer %1 sees %2 × %2 pixels of the input, with a step of %3 between two neighbouring outputs.</source>
            <translation>La couche %1 voit %2 × %2 pixels de l'entrée, avec un pas de %3 entre deux sorties voisines.</translation>
        </message>
    </context>
    <context>
        <name>RnnTab</name>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="59" />
            <source>Series and windows</source>
            <extracomment>the pages, in order (their index in ``pages``)</extracomment>
            <translation>Série et fenêtres</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="59" />
            <source>Series</source>
            <translation>Série</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="60" />
            <source>The cell, by hand</source>
            <translation>La cellule, à la main</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="60" />
            <source>Cell</source>
            <translation>Cellule</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="61" />
            <source>Shapes</source>
            <translation>Formes</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="62" />
            <source>Train and animate</source>
            <translation>Entraîner et animer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="62" />
            <source>Training</source>
            <translation>Apprentissage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="64" />
            <source>Gradients through time</source>
            <translation>Gradients dans le temps</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/tab.py" line="65" />
            <source>Gradients</source>
            <translation>Gradients</translation>
        </message>
    </context>
    <context>
        <name>SamplesPage</name>
        <message>
            <location filename="../../guiapp/ui/train/samples.py" line="57" />
            <source>Loading the dataset…</source>
            <extracomment>this page's name in the document</extracomment>
            <translation>Chargement du jeu de données…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/samples.py" line="61" />
            <source>Not installed. Import the files a teacher gave you, or download it (needs the internet, once).</source>
            <translation>Non installé. Importez les fichiers donnés par l'enseignant, ou téléchargez-le (il faut internet, une fois).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/samples.py" line="76" />
            <source>%1 training and %2 test images, 28×28 grey. Preprocessing as the course: x/255 as float32, reshape (-1, 28, 28, 1), one-hot labels.</source>
            <translation>%1 images d'apprentissage et %2 de test, 28×28 en gris. Prétraitement comme le cours : x/255 en float32, reshape (-1, 28, 28, 1), étiquettes one-hot.</translation>
        </message>
    </context>
    <context>
        <name>SeriesPage</name>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="55" />
            <source>sin t (the course)</source>
            <translation>sin t (le cours)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="56" />
            <source>sum of two sines</source>
            <translation>somme de deux sinus</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="57" />
            <source>square wave</source>
            <translation>signal carré</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="58" />
            <source>sawtooth</source>
            <translation>dents de scie</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="59" />
            <source>damped sine</source>
            <translation>sinus amorti</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="73" />
            <source>s, the number of past values the network reads to predict the next.</source>
            <translation>s, le nombre de valeurs passées que le réseau lit pour prédire la suivante.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="80" />
            <source>The first windows train the network; the rest test it.</source>
            <translation>Les premières fenêtres entraînent le réseau ; les autres le testent.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="97" />
            <source>Window i</source>
            <extracomment>the controls that change the series (locked while a fit runs)</extracomment>
            <translation>Fenêtre i</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="106" />
            <source>The network is training on this series: stop it to change it.</source>
            <translation>Le réseau s'entraîne sur cette série : arrêtez-le pour la changer.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="112" />
            <source>x = signal(t) + noise, cut into windows</source>
            <translation>x = signal(t) + bruit, découpé en fenêtres</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="118" />
            <source>signal without noise</source>
            <translation>signal sans bruit</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="124" />
            <source>noisy series x</source>
            <translation>série bruitée x</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="144" />
            <source>target Y = x[i + s]</source>
            <translation>cible Y = x[i + s]</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="156" />
            <source>Signal:</source>
            <translation>Signal :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="157" />
            <source>t from:</source>
            <translation>t de :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="158" />
            <source>t to:</source>
            <translation>t à :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="159" />
            <source>step:</source>
            <translation>pas :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="160" />
            <source>noise σ:</source>
            <translation>bruit σ :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="161" />
            <source>seed:</source>
            <translation>graine :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="162" />
            <source>window s:</source>
            <translation>fenêtre s :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="163" />
            <source>training windows:</source>
            <translation>fenêtres d'apprentissage :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="177" />
            <source>Window i:</source>
            <translation>Fenêtre i :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="228" />
            <source>t: %1 points. Windows of s = %2: X %3, Y %4. Training windows: %5; test windows: %6.</source>
            <translation>t : %1 points. Fenêtres de s = %2 : X %3, Y %4. Fenêtres d'apprentissage : %5 ; fenêtres de test : %6.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/series_page.py" line="253" />
            <source>X[%1] = [%2]  →  Y[%1] = x[%1 + s] = %3</source>
            <translation>X[%1] = [%2]  →  Y[%1] = x[%1 + s] = %3</translation>
        </message>
    </context>
    <context>
        <name>ShapesPage</name>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="30" />
            <source>(Wx: features×units, Wy: units×units, b: units)</source>
            <translation>(Wx : caractéristiques×neurones, Wy : neurones×neurones, b : neurones)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="33" />
            <source>(four gates, each like a SimpleRNN)</source>
            <translation>(quatre portes, chacune comme un SimpleRNN)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="34" />
            <source>(three gates, two biases each in Keras)</source>
            <translation>(trois portes, deux biais chacune dans Keras)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="157" />
            <source>Course cases…</source>
            <extracomment>the settings Keras was asked about</extracomment>
            <translation>Cas du cours…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="81" />
            <source>Shapes, layer by layer</source>
            <translation>Formes, couche par couche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="90" />
            <source>Returned</source>
            <translation>Renvoyé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="90" />
            <source>Shape</source>
            <translation>Forme</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="97" />
            <source>Check with Keras</source>
            <translation>Vérifier avec Keras</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="107" />
            <source>Course cases:</source>
            <translation>Cas du cours :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="108" />
            <source>Layer:</source>
            <translation>Couche :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="109" />
            <source>Batch:</source>
            <translation>Lot :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="110" />
            <source>Time steps:</source>
            <translation>Pas de temps :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="111" />
            <source>Features:</source>
            <translation>Caractéristiques :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="112" />
            <source>Units:</source>
            <translation>Neurones :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="142" />
            <source>Asking Keras…</source>
            <translation>Question posée à Keras…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="163" />
            <source>%1 on an input of shape %2</source>
            <translation>%1 sur une entrée de forme %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="205" />
            <source>output</source>
            <translation>sortie</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="206" />
            <source>final state</source>
            <translation>état final</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="207" />
            <source>memory state (h)</source>
            <translation>état mémoire (h)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="208" />
            <source>carry state (c)</source>
            <translation>état de retenue (c)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="218" />
            <source>Parameters: %1</source>
            <translation>Paramètres : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/shapes_page.py" line="244" />
            <source>Keras: %1, %2 parameters.</source>
            <translation>Keras : %1, %2 paramètres.</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="62" />
            <source>Train the network you built, or one of the course's.</source>
            <extracomment>the least a menu of the panel shows of its choice, in characters</extracomment>
            <translation>Entraîner le réseau que vous avez construit, ou un de ceux du cours.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="77" />
            <source>Import files…</source>
            <translation>Importer des fichiers…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="81" />
            <source>A folder with the four original IDX .gz files, or an .npz (from a USB stick).</source>
            <translation>Un dossier avec les quatre fichiers IDX .gz d'origine, ou un .npz (depuis une clé USB).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="87" />
            <source>Download…</source>
            <translation>Télécharger…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="95" />
            <source>SGD with momentum 0.9</source>
            <translation>SGD avec moment 0,9</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="106" />
            <source>How big each step of gradient descent is. Too big: the loss explodes; too small: learning is slow.</source>
            <translation>La taille de chaque pas de la descente de gradient. Trop grand : la perte explose ; trop petit : l'apprentissage est lent.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="114" />
            <source>Images per gradient step; the course uses 64.</source>
            <translation>Images par pas de gradient ; le cours utilise 64.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="122" />
            <source>Share of the training images kept aside to check the network on images it does not learn from.</source>
            <translation>Part des images d'apprentissage mise de côté pour vérifier le réseau sur des images dont il n'apprend pas.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="140" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="141" />
            <source>shifts</source>
            <translation>décalages</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="142" />
            <source>shifts, turns, zoom</source>
            <translation>décalages, rotations, zoom</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="150" />
            <source>Each training batch is changed at random as it is seen (Keras's preprocessing layers), never the validation images: the curves show what it does to images the network does not learn from. Preview… shows one image under eight draws.</source>
            <translation>Chaque lot d'apprentissage est modifié au hasard quand il est vu (les couches de prétraitement de Keras), jamais les images de validation : les courbes montrent ce que cela change sur des images dont le réseau n'apprend pas. Aperçu… montre une image sous huit tirages.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="160" />
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="163" />
            <source>One training image under eight draws of the augmentation.</source>
            <translation>Une image d'apprentissage sous huit tirages de l'augmentation.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="170" />
            <source>The same seed gives the same initial weights: a run can be replayed.</source>
            <translation>La même graine donne les mêmes poids initiaux : un apprentissage peut être rejoué.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="180" />
            <source>Train</source>
            <translation>Entraîner</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="181" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="182" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="183" />
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="186" />
            <source>Stop after the current batch.</source>
            <translation>Arrêter après le lot en cours.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="191" />
            <source>Train more epochs from where it stopped.</source>
            <translation>Entraîner d'autres époques à partir de l'arrêt.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="196" />
            <source>Back to the same initial weights (same seed).</source>
            <translation>Revenir aux mêmes poids initiaux (même graine).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="210" />
            <source>Save model…</source>
            <translation>Enregistrer le modèle…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="211" />
            <source>Open model…</source>
            <translation>Ouvrir un modèle…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="212" />
            <source>Export script…</source>
            <translation>Exporter le script…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="216" />
            <source>Save a Python script that trains this network with these settings, to run without this application.</source>
            <translation>Enregistrer un script Python qui entraîne ce réseau avec ces réglages, à lancer sans cette application.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="234" />
            <source>Network:</source>
            <translation>Réseau :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="235" />
            <source>Dataset:</source>
            <translation>Données :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="247" />
            <source>Optimizer:</source>
            <translation>Optimiseur :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="248" />
            <source>Learning rate:</source>
            <translation>Taux d'apprentissage :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="249" />
            <source>Batch size:</source>
            <translation>Taille de lot :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="250" />
            <source>Epochs:</source>
            <translation>Époques :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="251" />
            <source>Validation split:</source>
            <translation>Part de validation :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="252" />
            <source>Seed:</source>
            <translation>Graine :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="253" />
            <source>Augmentation:</source>
            <translation>Augmentation :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="344" />
            <source>Installed on this computer.</source>
            <translation>Installé sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="348" />
            <source>Not installed. Import the files a teacher gave you, or download it (needs the internet, once).</source>
            <translation>Non installé. Importez les fichiers donnés par l'enseignant, ou téléchargez-le (il faut internet, une fois).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="402" />
            <source>Epoch %1 of %2 done</source>
            <translation>Époque %1 sur %2 terminée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="404" />
            <source>Epoch %1 done</source>
            <translation>Époque %1 terminée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="408" />
            <source>Epoch %1 of %2: batch %3 of %4 done</source>
            <translation>Époque %1 sur %2 : lot %3 sur %4 terminé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="410" />
            <source>Epoch %1: batch %3 of %4 done</source>
            <translation>Époque %1 : lot %3 sur %4 terminé</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="419" />
            <source>loss %1</source>
            <translation>perte %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="422" />
            <source>loss %1, accuracy %2</source>
            <translation>perte %1, exactitude %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="427" />
            <source>(means so far in the epoch)</source>
            <translation>(moyennes depuis le début de l'époque)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="428" />
            <source>%1 — %2.</source>
            <translation>%1 — %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="429" />
            <source>Step again, or Continue to go on.</source>
            <translation>Encore un « Pas », ou « Continuer » pour poursuivre.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="441" />
            <source>Preparing the data and the network…</source>
            <translation>Préparation des données et du réseau…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="443" />
            <source>Epoch %1/%2, batch %3/%4, %5 images/s, %6 s left</source>
            <translation>Époque %1/%2, lot %3/%4, %5 images/s, encore %6 s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="431" />
            <location filename="../../guiapp/ui/train/panel.py" line="454" />
            <source>Stopped after the current batch.</source>
            <translation>Arrêté après le lot en cours.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="143" />
            <source>photos: + mirror, contrast</source>
            <translation>photos : + miroir, contraste</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="456" />
            <source>Done.</source>
            <translation>Terminé.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="460" />
            <source>Epoch %1: loss %2, accuracy %3.</source>
            <translation>Époque %1 : perte %2, exactitude %3.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="468" />
            <source>Reset: the next run starts from the initial weights of seed %1.</source>
            <translation>Réinitialisé : le prochain apprentissage part des poids initiaux de la graine %1.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="474" />
            <source>the network's input is %1, but the images of %2 are %3: set the input to %4 in the CNN builder</source>
            <translation>l'entrée du réseau est %1, mais les images de %2 sont %3 : réglez l'entrée à %4 dans le constructeur de CNN</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="485" />
            <source>the network must end with %1 outputs (one per class of %2), not %3</source>
            <translation>le réseau doit se terminer par %1 sorties (une par classe de %2), pas %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="494" />
            <source>the network has %1 parameters: too many to train here (at most %2). Make it smaller in the CNN builder</source>
            <translation>le réseau a %1 paramètres : trop pour être entraîné ici (au plus %2). Réduisez-le dans le constructeur de CNN</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="502" />
            <source>the network has an invalid layer: fix it in the CNN builder first</source>
            <translation>le réseau a une couche invalide : corrigez-la d'abord dans le constructeur de CNN</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="505" />
            <source>Train a network first.</source>
            <translation>Entraînez d'abord un réseau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="507" />
            <source>Model %1 opened.</source>
            <translation>Modèle %1 ouvert.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="509" />
            <source>Model saved as %1.</source>
            <translation>Modèle enregistré sous %1.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/panel.py" line="511" />
            <source>%1 imported.</source>
            <translation>%1 importé.</translation>
        </message>
    </context>
    <context>
        <name>SobelPage</name>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="45" />
            <source>Edge threshold</source>
            <translation>Seuil des bords</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="51" />
            <source>Keep only pixels whose magnitude is at least this share of the maximum: an edge map.</source>
            <translation>Ne garder que les pixels dont l'amplitude atteint cette part du maximum : une carte des bords.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="63" />
            <source>Threshold:</source>
            <translation>Seuil :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="121" />
            <source>The image is smaller than the 3×3 Sobel kernel.</source>
            <translation>L'image est plus petite que le noyau de Sobel 3×3.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="125" />
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="131" />
            <source>%1 % of the maximum</source>
            <translation>%1 % du maximum</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="159" />
            <source>gx = image ⋆ Sobel x</source>
            <translation>gx = image ⋆ Sobel x</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="160" />
            <source>gy = image ⋆ Sobel y</source>
            <translation>gy = image ⋆ Sobel y</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="161" />
            <source>Magnitude √(gx² + gy²) / max</source>
            <translation>Amplitude √(gx² + gy²) / max</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/conv/sobel_page.py" line="162" />
            <source>Direction atan2(gy, gx) in degrees</source>
            <translation>Direction atan2(gy, gx) en degrés</translation>
        </message>
    </context>
    <context>
        <name>StackEditor</name>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="40" />
            <source>Set network</source>
            <translation>Changer le réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="48" />
            <source>Open network</source>
            <translation>Ouvrir un réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="57" />
            <source>Preset %s</source>
            <translation>Préréglage %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="67" />
            <source>Input %1</source>
            <translation>Entrée %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="72" />
            <source>Add %s</source>
            <translation>Ajouter %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="79" />
            <source>Remove %s</source>
            <translation>Supprimer %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="86" />
            <source>Duplicate %s</source>
            <translation>Dupliquer %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="98" />
            <source>Move %s</source>
            <translation>Déplacer %s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/edits.py" line="106" />
            <source>Edit %s</source>
            <translation>Modifier %s</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="148" />
            <source>%1 images (%2 to train, %3 to test), %4 of %5 classes</source>
            <extracomment>the job that saves an imported set once agreed to (its end is IMPORT's end) ask(title, question) -&gt; the user's yes (None: yes without asking) the model file's job result, decided on when the job has ended (the model opened from a file, the file's name), until another model replaces it the import's read and checked files, decided on when the job has ended the source of the import under way ("" when none)</extracomment>
            <translation>%1 images (%2 pour l'entraînement, %3 pour le test), %4 classes sur %5</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="164" />
            <source>%1 holds %2.</source>
            <translation>%1 contient %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="170" />
            <source>That is too little for a network to learn from: the full set has 70 000 images of 10 classes.</source>
            <translation>C'est trop peu pour qu'un réseau apprenne : le jeu complet a 70 000 images de 10 classes.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="175" />
            <source>Import it as %1?</source>
            <translation>L'importer comme %1 ?</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="178" />
            <source>The %1 installed now holds %2.</source>
            <translation>Le %1 installé contient actuellement %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="183" />
            <source>Replace the installed %1 with it?</source>
            <translation>Remplacer le %1 installé par celui-ci ?</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="185" />
            <source>Import</source>
            <translation>Importation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="227" />
            <source>%1 was not opened: a network is training.</source>
            <translation>%1 n'a pas été ouvert : un réseau est en cours d'entraînement.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="241" />
            <source>guiapp can use it with these changes:</source>
            <translation>guiapp peut l'utiliser avec ces changements :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="245" />
            <source>Open it this way?</source>
            <translation>L'ouvrir ainsi ?</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="247" />
            <source>Open model</source>
            <translation>Ouvrir un modèle</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="250" />
            <source>Not opened: %1.</source>
            <translation>Non ouvert : %1.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="256" />
            <source>Model %1 opened, changed: %2.</source>
            <translation>Modèle %1 ouvert, modifié : %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="299" />
            <source>%1 was not imported.</source>
            <translation>%1 n'a pas été importé.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/storage.py" line="302" />
            <source>The installed %1 is kept.</source>
            <translation>Le %1 installé est conservé.</translation>
        </message>
    </context>
    <context>
        <name>SummaryTable</name>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="90" />
            <source>Layer</source>
            <extracomment>beside a marked answer's formula: the mark is not in colour alone the note of a size Keras floors ("7.5 is not whole: Keras floors it to 7") the refusals that name the size of a layer's input (the answer of the layer above): Flatten's vector, a shape with no rows, a kernel or a window larger than the input what a result that is left to find reads as ``108 810`` in the user's language, of any size (the name keras_panel imports) problems listed under the table at most (66 layers' notes made the window 2 178 pixels high); the others are read on their layer</extracomment>
            <translation>Couche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="91" />
            <source>Output shape</source>
            <translation>Forme de sortie</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="92" />
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="93" />
            <source>Output size formula</source>
            <translation>Formule de la taille</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="94" />
            <source>Parameter formula</source>
            <translation>Formule des paramètres</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="110" />
            <source>Summary of the layers</source>
            <translation>Résumé des couches</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="147" />
            <source>Input</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="294" />
            <source>… and %1 more: select a marked layer to read its note.</source>
            <translation>… et %1 de plus : sélectionnez une couche marquée pour lire sa remarque.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="309" />
            <source>Nothing to check yet: Check answers marks the answers typed.</source>
            <translation>Rien à vérifier pour l'instant : Vérifier les réponses corrige les réponses saisies.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="312" />
            <source>%1 of %2 answers right.</source>
            <translation>%1 réponses justes sur %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="303" />
            <source>Exercise mode: type each output shape and parameter count, then press Check answers.</source>
            <translation>Mode exercice : tapez chaque forme de sortie et chaque nombre de paramètres, puis cliquez sur Vérifier les réponses.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="95" />
            <source>Receptive field</source>
            <translation>Champ récepteur</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="102" />
            <source>How much of the input one output pixel sees (r × r) and how far apart two neighbouring outputs look (their step j, in input pixels): r = r_before + (F − 1)·j_before, j = j_before·S.</source>
            <translation>La part de l'entrée que voit un pixel de sortie (r × r) et l'écart entre ce que regardent deux sorties voisines (leur pas j, en pixels de l'entrée) : r = r_avant + (F − 1)·j_avant, j = j_avant·S.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="158" />
            <source>the whole input</source>
            <translation>toute l'entrée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="159" />
            <source>Each output is computed from every input pixel.</source>
            <translation>Chaque sortie est calculée à partir de tous les pixels de l'entrée.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="163" />
            <source>After a transposed convolution, neighbouring outputs share their inputs unevenly: the field is not one square.</source>
            <translation>Après une convolution transposée, des sorties voisines se partagent leurs entrées de façon inégale : le champ n'est pas un seul carré.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="169" />
            <source>%1×%1, step %2</source>
            <translation>%1×%1, pas %2</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="273" />
            <source>Total: %1 parameters, %2 KiB of weights in float32 (4 bytes each).</source>
            <translation>Total : %1 paramètres, %2 Kio de poids en float32 (4 octets chacun).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="281" />
            <source>No total until the marked layer is fixed (%1 parameters in the layers above it).</source>
            <translation>Pas de total tant que la couche marquée n'est pas corrigée (%1 paramètres dans les couches au-dessus).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="320" />
            <source>%1 not typed yet.</source>
            <translation>Réponses pas encore saisies : %1.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="335" />
            <source>a note on this layer appears once its shape is answered</source>
            <translation>une remarque sur cette couche apparaît une fois sa forme trouvée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="338" />
            <source>Layer %1 (%2): %3</source>
            <translation>Couche %1 (%2) : %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="361" />
            <source>%1 needs an image-shaped input (H, W, D), but after Flatten its input is a vector: it has no rows and columns left to slide over</source>
            <translation>%1 attend une entrée en forme d'image (H, W, D), mais après Flatten son entrée est un vecteur : il n'a plus de lignes ni de colonnes sur lesquelles glisser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="366" />
            <source>%1 needs an image-shaped input (H, W, D), but its input is not one: it has no rows and columns left to slide over</source>
            <translation>%1 attend une entrée en forme d'image (H, W, D), mais son entrée n'en est pas une : il n'a plus de lignes ni de colonnes sur lesquelles glisser</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="371" />
            <source>the kernel is larger than this layer's input plus padding (find the output of layer %2 to see by how much)</source>
            <translation>le noyau est plus grand que l'entrée de cette couche avec le remplissage (trouvez la sortie de la couche %2 pour voir de combien)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="376" />
            <source>the window does not fit in this layer's input (find the output of layer %2 to see why)</source>
            <translation>la fenêtre ne tient pas dans l'entrée de cette couche (trouvez la sortie de la couche %2 pour voir pourquoi)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="394" />
            <source>find the output shape of layer %1 first: it is this layer's input</source>
            <translation>trouvez d'abord la forme de sortie de la couche %1 : c'est l'entrée de cette couche</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="401" />
            <source>(not whole? Keras rounds down)</source>
            <translation>(pas entier ? Keras arrondit à l'entier inférieur)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/builder/summary_table.py" line="412" />
            <source>Layer %1: %2</source>
            <translation>Couche %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>TrainPage</name>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="88" />
            <source>Gradient clipping: 0 is off; otherwise gradients longer than this are scaled down (against exploding gradients).</source>
            <extracomment>predictions are reported every this many epochs during a fit the running fit and forecast jobs (None when none runs) the series the running fit / forecast works on</extracomment>
            <translation>Écrêtage des gradients : 0 le désactive ; sinon les gradients plus longs sont réduits (contre l'explosion des gradients).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="104" />
            <source>Train</source>
            <extracomment>the controls a run reads (locked while it runs)</extracomment>
            <translation>Entraîner</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="107" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="110" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="115" />
            <source>Forecast beyond the data</source>
            <translation>Prévoir au-delà des données</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="118" />
            <source>Feed each prediction back as the next input, N times.</source>
            <translation>Réinjecter chaque prédiction comme entrée suivante, N fois.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="123" />
            <source>Training loss (MSE)</source>
            <translation>Perte d'apprentissage (MSE)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="135" />
            <source>noisy series</source>
            <translation>série bruitée</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="144" />
            <source>prediction</source>
            <translation>prédiction</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="150" />
            <source>forecast</source>
            <translation>prévision</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="156" />
            <source>signal without noise</source>
            <translation>signal sans bruit</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="205" />
            <source>Step</source>
            <translation>Pas à pas</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="129" />
            <source>Predictions (red), drawn at t + step·s</source>
            <translation>Prédictions (en rouge), tracées en t + pas·s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="161" />
            <source>Predictions</source>
            <translation>Prédictions</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="165" />
            <source>The noisy series with the network's predictions; the shaded window is what the network reads, the red dot what it predicts next. Left and Right arrows step one point back or forward; Space plays or pauses.</source>
            <translation>La série bruitée avec les prédictions du réseau ; la fenêtre ombrée est ce que le réseau lit, le point rouge ce qu'il prédit ensuite. Les flèches gauche et droite reculent ou avancent d'un point ; Espace lance ou met en pause.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="175" />
            <source>Click the plot, then: Left and Right arrows step one point back or forward, Space plays or pauses.</source>
            <translation>Cliquez sur le graphique, puis : flèches gauche et droite pour reculer ou avancer d'un point, Espace pour lancer ou mettre en pause.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="187" />
            <source>Slide the window along the series: the network reads the s shaded values and the red dot is its prediction of the next one (Space on the plot, Ctrl+Space on this page).</source>
            <translation>Faire glisser la fenêtre le long de la série : le réseau lit les s valeurs ombrées et le point rouge est sa prédiction de la suivante (Espace sur le graphique, Ctrl+Espace sur cette page).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="194" />
            <source>Step back</source>
            <translation>Pas en arrière</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="198" />
            <source>Pause and move the window one point back, to the prediction before (Left arrow on the plot, Ctrl+Left on this page).</source>
            <translation>Mettre en pause et reculer la fenêtre d'un point, à la prédiction précédente (flèche gauche sur le graphique, Ctrl+Gauche sur cette page).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="209" />
            <source>Pause and move the window one point forward: the network reads the next s values and predicts the point after them (Right arrow on the plot, Ctrl+Right on this page).</source>
            <translation>Mettre en pause et avancer la fenêtre d'un point : le réseau lit les s valeurs suivantes et prédit le point qui les suit (flèche droite sur le graphique, Ctrl+Droite sur cette page).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="222" />
            <source>Speed, in points per second</source>
            <translation>Vitesse, en points par seconde</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="228" />
            <source>How many points the window moves through each second while playing: slow to talk about each prediction, fast to watch the whole curve. Remembered with your settings.</source>
            <translation>Combien de points la fenêtre parcourt chaque seconde pendant la lecture : lentement pour commenter chaque prédiction, vite pour voir toute la courbe. Retenue avec vos réglages.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="236" />
            <source>Points per second</source>
            <translation>Points par seconde</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="239" />
            <source>Speed:</source>
            <translation>Vitesse :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="261" />
            <source>Cell:</source>
            <translation>Cellule :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="262" />
            <source>Units:</source>
            <translation>Neurones :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="263" />
            <source>Activation:</source>
            <translation>Activation :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="264" />
            <source>Optimizer:</source>
            <translation>Optimiseur :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="265" />
            <source>Learning rate:</source>
            <translation>Taux d'apprentissage :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="266" />
            <source>Epochs:</source>
            <translation>Époques :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="267" />
            <source>clipnorm:</source>
            <translation>clipnorm :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="286" />
            <source>N:</source>
            <translation>N :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="294" />
            <source>Animation: the window slides, the next point appears in red.</source>
            <translation>Animation : la fenêtre glisse, le point suivant apparaît en rouge.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="482" />
            <location filename="../../guiapp/ui/rnn/train_page.py" line="493" />
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="485" />
            <source>Points per second: %1</source>
            <translation>Points par seconde : %1</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="505" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="505" />
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="529" />
            <location filename="../../guiapp/ui/rnn/train_page.py" line="579" />
            <source>The series changed: training stopped.</source>
            <translation>La série a changé : entraînement arrêté.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="585" />
            <source>Epochs trained: %1; training MSE %2 (the course prints 0.012).</source>
            <translation>Époques entraînées : %1 ; MSE d'apprentissage %2 (le cours affiche 0,012).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="591" />
            <source>Stopped.</source>
            <translation>Arrêté.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="594" />
            <source>Epoch %1/%2, training MSE %3</source>
            <translation>Époque %1/%2, MSE d'apprentissage %3</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/rnn/train_page.py" line="601" />
            <source>The course's model: SimpleRNN(20, relu) → Dense(5, relu) → Dense(1), 551 parameters; MSE, RMSprop, 200 epochs, batch 16.</source>
            <translation>Le modèle du cours : SimpleRNN(20, relu) → Dense(5, relu) → Dense(1), 551 paramètres ; MSE, RMSprop, 200 époques, lots de 16.</translation>
        </message>
    </context>
    <context>
        <name>TrainTab</name>
        <message>
            <location filename="../../guiapp/ui/train/names.py" line="59" />
            <source>The network of the CNN builder</source>
            <extracomment>the kinds of layer (Keras's class names) named in words; another kind is shown by its class name</extracomment>
            <translation>Le réseau du constructeur de CNN</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="129" />
            <source>Learning curves</source>
            <extracomment>the most of the tab's width the side panel takes on its own the (network, images) whose padding the user agreed to</extracomment>
            <translation>Courbes d'apprentissage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="130" />
            <source>Curves</source>
            <translation>Courbes</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="134" />
            <location filename="../../guiapp/ui/train/tab.py" line="135" />
            <source>Samples</source>
            <translation>Exemples</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="139" />
            <location filename="../../guiapp/ui/train/tab.py" line="140" />
            <source>Evaluate</source>
            <translation>Évaluer</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="146" />
            <location filename="../../guiapp/ui/train/tab.py" line="147" />
            <source>Predict</source>
            <translation>Prédire</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="153" />
            <source>Inside the network</source>
            <translation>L'intérieur du réseau</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="154" />
            <source>Inside</source>
            <translation>Intérieur</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="265" />
            <source>The network expects %1 images; this dataset's are %2.</source>
            <translation>Le réseau attend des images %1 ; celles de ce jeu de données sont %2.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="271" />
            <source>Pad them with %1 pixels of 0 on each side, as LeNet-5's authors did for MNIST? Its first convolution then pads every image it is given (P = %2): in training, evaluation, predictions and the feature maps.</source>
            <translation>Les compléter par %1 pixels à 0 de chaque côté, comme les auteurs de LeNet-5 l'ont fait pour MNIST ? Sa première convolution complète alors chaque image qu'on lui donne (P = %2) : à l'entraînement, à l'évaluation, dans les prédictions et les cartes de caractéristiques.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="280" />
            <source>Not trained.</source>
            <translation>Non entraîné.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="313" />
            <source>Dataset</source>
            <translation>Données</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="552" />
            <source>Keras models (*.keras *.h5)</source>
            <translation>Modèles Keras (*.keras *.h5)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="453" />
            <location filename="../../guiapp/ui/train/tab.py" line="751" />
            <source>Import</source>
            <translation>Importation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="514" />
            <source>Downloading %1…</source>
            <translation>Téléchargement de %1…</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="515" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="588" />
            <source>%1, installed (%2 images)</source>
            <translation>%1, installé (%2 images)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="752" />
            <source>Download</source>
            <translation>Téléchargement</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="250" />
            <location filename="../../guiapp/ui/train/tab.py" line="279" />
            <location filename="../../guiapp/ui/train/tab.py" line="360" />
            <location filename="../../guiapp/ui/train/tab.py" line="744" />
            <location filename="../../guiapp/ui/train/tab.py" line="754" />
            <source>Training</source>
            <extracomment>the user moved the splitter: the panel keeps that width until a zoom</extracomment>
            <translation>Apprentissage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="723" />
            <source>Training stopped</source>
            <translation>Apprentissage arrêté</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="533" />
            <source>Train a network first.</source>
            <translation>Entraînez d'abord un réseau.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="131" />
            <source>The loss and the accuracy, batch after batch.</source>
            <translation>La perte et l'exactitude, lot après lot.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="136" />
            <source>The first training images.</source>
            <translation>Les premières images d'entraînement.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="142" />
            <source>The accuracy on the test set and the confusion matrix.</source>
            <translation>L'exactitude sur le jeu de test et la matrice de confusion.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="149" />
            <source>What the network says of a test image or of your drawing.</source>
            <translation>Ce que le réseau dit d'une image de test ou de votre dessin.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="155" />
            <source>The learned kernels and the feature maps.</source>
            <translation>Les noyaux appris et les cartes de caractéristiques.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="357" />
            <source>Train a new network? The model opened from %1 will be replaced (the file stays as it is).</source>
            <translation>Entraîner un nouveau réseau ? Le modèle ouvert depuis %1 sera remplacé (le fichier reste tel quel).</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="364" />
            <source>Not trained: the model opened from %1 is kept.</source>
            <translation>Non entraîné : le modèle ouvert depuis %1 est conservé.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="426" />
            <source>Augmentation</source>
            <translation>Augmentation</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="486" />
            <source>Training script saved as %1.</source>
            <translation>Script d'entraînement enregistré sous %1.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="496" />
            <source>Import %1: the .npz file, or one of the four IDX .gz files</source>
            <translation>Importer %1 : le fichier .npz, ou l'un des quatre fichiers IDX .gz</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="499" />
            <source>Dataset files (*.npz *.gz)</source>
            <translation>Fichiers de jeux de données (*.npz *.gz)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="499" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="533" />
            <location filename="../../guiapp/ui/train/tab.py" line="537" />
            <location filename="../../guiapp/ui/train/tab.py" line="750" />
            <source>Save model</source>
            <translation>Enregistrer le modèle</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="539" />
            <source>Keras models (*.keras)</source>
            <translation>Modèles Keras (*.keras)</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="550" />
            <location filename="../../guiapp/ui/train/tab.py" line="749" />
            <source>Open model</source>
            <translation>Ouvrir un modèle</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="470" />
            <location filename="../../guiapp/ui/train/tab.py" line="563" />
            <location filename="../../guiapp/ui/train/tab.py" line="568" />
            <source>Export training script</source>
            <translation>Exporter le script d'apprentissage</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/tab.py" line="570" />
            <source>Python scripts (*.py)</source>
            <translation>Scripts Python (*.py)</translation>
        </message>
    </context>
    <context>
        <name>WatchBar</name>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="42" />
            <source>Step: one batch</source>
            <translation>Pas : un lot</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="43" />
            <source>Step: one epoch</source>
            <translation>Pas : une époque</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="47" />
            <source>Train one batch of images, then stop: the curves, the predictions and the weights show what it changed.</source>
            <translation>Entraîner sur un lot d'images, puis s'arrêter : les courbes, les prédictions et les poids montrent ce qu'il a changé.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="54" />
            <source>Train to the end of the epoch (one epoch), then stop.</source>
            <translation>Entraîner jusqu'à la fin de l'époque (une époque), puis s'arrêter.</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="58" />
            <source>Speed:</source>
            <translation>Vitesse :</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="63" />
            <source>full</source>
            <extracomment>the speed buttons, by name (the keys of state.SPEEDS)</extracomment>
            <translation>pleine</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="64" />
            <source>slow</source>
            <translation>lente</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="65" />
            <source>very slow</source>
            <translation>très lente</translation>
        </message>
        <message>
            <location filename="../../guiapp/ui/train/watch.py" line="73" />
            <source>Slow: about 4 batches a second; very slow: one a second. It changes at once, also during training.</source>
            <translation>Lente : environ 4 lots par seconde ; très lente : un par seconde. Le changement est immédiat, même pendant l'entraînement.</translation>
        </message>
    </context>
</TS>